/**
 * `npm run eval:detect [-- [--only readability|dev|test|aeb|aeb-dev|aeb-test] [CORPUS_DIR LABELS_JSON]]`: news-or-not
 * precision, recall and F1 of `detectArticle` on saved pages (`<name>/source.html`) against hand
 * labels, and its recall on English news (found as news the analysis can read), beside Readability's
 * isProbablyReaderable on the same pages, in the same run. The sets by default:
 * - the Readability corpus (`../shared/corpus/readability`, labels in tests/fixtures/corpus-labels.json),
 *   the pages detection was first shaped on;
 * - the trafilatura corpus (`../shared/corpus/trafilatura`, labels in tests/fixtures/trafilatura-labels.json),
 *   apart for its development part (tuned on: mistakes listed) and its test part (never tuned on: only
 *   the totals are printed, never a page).
 * - the article-extraction-benchmark pages (tests/fixtures/article-extraction-benchmark, gzipped, labels in
 *   tests/fixtures/aeb-labels.json), in the project: its development part (mistakes listed) and its test part
 *   (totals only), each also on its English pages alone.
 * Each page gets its own address as the browser would (the trafilatura pages' from the corpus's
 * expected-snippets.json, the benchmark's from its ground-truth.json; the Readability pages have none and get a
 * neutral one). `--only` takes readability, dev, test (the trafilatura parts), aeb-dev, aeb-test or aeb. A corpus that is not
 * there (a fresh clone has no ../shared) is skipped with a message. Also, for information on the
 * Readability pages: non-English news marked not readable, and whether the body found on news pages
 * holds Readability's excerpt and paragraphs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { detectArticle } from '../dom/detect-article';
import { isStoryFurniture } from '../dom/story-furniture';
import { buildTextIndex } from '../dom/text-index';
import { parseHtml } from './lib/read-input';
import { AEB_DIR, loadAebLabels, loadAebSplit, loadSnippets, readAebHtml, type Label } from './lib/corpus';

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** English news pages, and those found as news the analysis reads. */
  english: number;
  englishFound: number;
}
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, tn: 0, english: 0, englishFound: 0 });

function record(t: Tally, predicted: boolean, label: Label, readable: boolean) {
  if (predicted && label.isNews) t.tp++;
  else if (predicted) t.fp++;
  else if (label.isNews) t.fn++;
  else t.tn++;
  if (label.isNews && label.lang === 'en') {
    t.english++;
    if (predicted && readable) t.englishFound++;
  }
}

const ratio = (a: number, b: number) => (b ? a / b : 0);
const f1 = (t: Tally) => ratio(2 * t.tp, 2 * t.tp + t.fp + t.fn);
const line = (label: string, t: Tally) =>
  `  ${label.padEnd(34)} F1 ${f1(t).toFixed(3)} (P ${ratio(t.tp, t.tp + t.fp).toFixed(3)}, R ${ratio(t.tp, t.tp + t.fn).toFixed(3)}; ` +
  `tp ${t.tp}, fp ${t.fp}, fn ${t.fn}, tn ${t.tn})  English news recall ${ratio(t.englishFound, t.english).toFixed(3)} (${t.englishFound}/${t.english})`;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The first 100 characters of Readability's expected excerpt of the page, or "". */
function expectedExcerpt(folder: string): string {
  const file = join(folder, 'expected-metadata.json');
  if (!existsSync(file)) return '';
  const { excerpt } = JSON.parse(readFileSync(file, 'utf8')) as { excerpt?: string | null };
  // Readability cuts long excerpts with "..." or "…": compare only what comes before.
  return squash(excerpt ?? '')
    .replace(/(?:\.\.\.|…)$/, '')
    .slice(0, 100);
}

/** The text a reader sees in an element: no scripts, styles or templates. */
function visibleText(root: Element): string {
  const parts: string[] = [];
  const walk = (element: Element) => {
    for (let node = element.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
      else if (node.nodeType === 1 && !/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test((node as Element).tagName))
        walk(node as Element);
    }
  };
  walk(root);
  return squash(parts.join(' '));
}

/** Readability's story paragraphs (80 characters or more), read from a copy of the document. */
function readabilityParagraphs(document: Document): string[] {
  const article = new Readability(document.cloneNode(true) as Document).parse();
  if (!article?.content) return [];
  const parsed = new document.defaultView!.DOMParser().parseFromString(article.content, 'text/html');
  return [...parsed.querySelectorAll('p')]
    .map((p) => squash(p.textContent ?? ''))
    .filter((text) => text.length >= 80);
}

interface EvalSet {
  title: string;
  /** What `--only` calls it. */
  key: string;
  corpus: string;
  labels: [string, Label][];
  /** The page's address, as the browser would give it. */
  url: (name: string, label: Label) => string;
  /** List each mistake (never on a test part). */
  listMistakes: boolean;
  /** The informative body checks against Readability's expected files. */
  bodyChecks: boolean;
  /** A page's HTML, or undefined when it is not there; by default the corpus's `<name>/source.html`. */
  read?: (name: string) => string | undefined;
  /** Also print the figures on the pages labelled English alone. */
  englishOnly?: boolean;
  /** Give each listed mistake's address (the page's name says nothing of it). */
  showUrl?: boolean;
}

/** The page's HTML in a corpus of `<name>/source.html` folders, or undefined when it is not there. */
function readSource(corpus: string, name: string): string | undefined {
  const file = join(corpus, name, 'source.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** Runs one set and prints its lines; returns its tally, or null when its corpus is not there. */
async function runSet(set: EvalSet): Promise<Tally | null> {
  if (!existsSync(set.corpus)) {
    console.log(
      `${set.title}: skipped, no corpus at ${set.corpus} (it lives in ../shared beside the project)`,
    );
    return null;
  }
  const ours = tally();
  const baseline = tally();
  const english = { ours: tally(), baseline: tally() };
  const mistakes: string[] = [];
  const times: number[] = [];
  const languages = new Map<string, { pages: number; news: number; unreadable: number }>();
  const excerpts = { pages: 0, found: 0, missing: [] as string[] };
  const coverage: { name: string; share: number }[] = [];
  for (const [name, label] of set.labels) {
    const html = set.read ? set.read(name) : readSource(set.corpus, name);
    if (html === undefined) continue;
    const url = set.url(name, label);
    const { document, close } = parseHtml(html, url);
    try {
      const started = performance.now();
      const detection = detectArticle(document, { url });
      times.push(performance.now() - started);
      record(ours, detection.isNews, label, detection.readable);
      // Readability has no notion of language: its "readable" is the whole verdict.
      const readerable = isProbablyReaderable(document);
      record(baseline, readerable, label, true);
      if (label.lang === 'en') {
        record(english.ours, detection.isNews, label, detection.readable);
        record(english.baseline, readerable, label, true);
      }
      const englishMiss = label.isNews && label.lang === 'en' && detection.isNews && !detection.readable;
      if (detection.isNews !== label.isNews || englishMiss)
        mistakes.push(
          `    ${label.isNews ? (englishMiss ? 'unread' : 'missed') : 'false '} ${name} [${label.lang}]${set.showUrl ? ` ${url}` : ''} (score ${detection.score}: ${detection.signals.join(', ')})`,
        );
      if (!set.bodyChecks) continue;
      if (label.isNews && label.lang !== 'en') {
        const counts = languages.get(label.lang) ?? { pages: 0, news: 0, unreadable: 0 };
        counts.pages++;
        if (detection.isNews) counts.news++;
        if (!detection.readable) counts.unreadable++;
        languages.set(label.lang, counts);
      }
      if (label.isNews) {
        const body = squash(buildTextIndex(detection.body, isStoryFurniture).text);
        const excerpt = expectedExcerpt(join(set.corpus, name));
        if (excerpt && document.body && visibleText(document.body).includes(excerpt)) {
          excerpts.pages++;
          if (body.includes(excerpt)) excerpts.found++;
          else excerpts.missing.push(name);
        }
        const paragraphs = readabilityParagraphs(document);
        if (paragraphs.length) {
          const found = paragraphs.filter((p) => body.includes(p.slice(0, 60))).length;
          coverage.push({ name, share: found / paragraphs.length });
        }
      }
    } finally {
      // happy-dom closes a window asynchronously: wait for it, or a thousand pages fill the heap.
      await close();
    }
  }
  times.sort((a, b) => a - b);
  console.log(`${set.title}: ${times.length} labelled pages of ${set.corpus}`);
  console.log(line('Newslens detectArticle', ours));
  console.log(line('Readability isProbablyReaderable', baseline));
  if (set.englishOnly) {
    const pages = english.ours.tp + english.ours.fp + english.ours.fn + english.ours.tn;
    console.log(`  English pages only (${pages}):`);
    console.log(line('Newslens detectArticle', english.ours));
    console.log(line('Readability isProbablyReaderable', english.baseline));
  }
  if (times.length)
    console.log(
      `  detection time in node (happy-dom): median ${times[times.length >> 1].toFixed(2)} ms, max ${times[times.length - 1].toFixed(1)} ms`,
    );
  if (set.listMistakes && mistakes.length) console.log(`  mistakes:\n${mistakes.join('\n')}`);
  if (set.bodyChecks) {
    console.log('  non-English news by language (detected as news / marked not readable / pages):');
    for (const [lang, counts] of [...languages].sort())
      console.log(`    ${lang}: ${counts.news} / ${counts.unreadable} / ${counts.pages}`);
    console.log(
      `  body of news pages holds the start of Readability's excerpt: ${excerpts.found} of ${excerpts.pages} pages that show it` +
        (excerpts.missing.length ? ` (not: ${excerpts.missing.join(', ')})` : ''),
    );
    const mean = coverage.reduce((sum, page) => sum + page.share, 0) / Math.max(1, coverage.length);
    const low = coverage.filter((page) => page.share < 0.8);
    console.log(
      `  body holds Readability's paragraphs: ${(mean * 100).toFixed(1)}% on average over ${coverage.length} pages` +
        (low.length
          ? ` (under 80%: ${low.map((page) => `${page.name} ${Math.round(page.share * 100)}%`).join(', ')})`
          : ''),
    );
  }
  return ours;
}

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : '';
// The positional arguments: neither an option nor the value of --only.
const [corpusArg, labelsArg] = args.filter(
  (arg, i) => !arg.startsWith('--') && (onlyAt < 0 || i !== onlyAt + 1),
);
const readLabels = (file: string) =>
  Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, Label>);
const NEUTRAL = 'https://example.org/page';
/** The first of the page's known addresses that parses, else the neutral one. */
const pageUrl = (...urls: (string | undefined)[]) => urls.find((url) => url && URL.canParse(url)) ?? NEUTRAL;

const sets: EvalSet[] = [];
if (corpusArg && labelsArg) {
  // One corpus of the caller's; pages with a "part" are split by it.
  const snippets = loadSnippets(corpusArg);
  const labels = readLabels(labelsArg);
  for (const part of ['', 'dev', 'test']) {
    const chosen = labels.filter(([, label]) => (label.part ?? '') === part);
    if (chosen.length)
      sets.push({
        title: `${corpusArg}${part ? ` (${part} part)` : ''}`,
        key: part || 'dev',
        corpus: corpusArg,
        labels: chosen,
        url: (name, label) => pageUrl(snippets[name]?.url, label.url),
        listMistakes: part !== 'test',
        bodyChecks: false,
      });
  }
} else {
  const readability = '../shared/corpus/readability';
  const trafilatura = '../shared/corpus/trafilatura';
  sets.push({
    title: 'Readability pages',
    key: 'readability',
    corpus: readability,
    labels: readLabels('tests/fixtures/corpus-labels.json'),
    // A neutral address: these pages have none, and a folder's name ("news-3", "blog") must not count.
    url: () => NEUTRAL,
    listMistakes: true,
    bodyChecks: true,
  });
  const snippets = loadSnippets(trafilatura);
  const labels = readLabels('tests/fixtures/trafilatura-labels.json');
  for (const part of ['dev', 'test'] as const)
    sets.push({
      title: `trafilatura ${part} part`,
      key: part,
      corpus: trafilatura,
      labels: labels.filter(([, label]) => label.part === part),
      url: (name, label) => pageUrl(snippets[name]?.url, label.url),
      listMistakes: part === 'dev',
      bodyChecks: false,
    });
  // The benchmark is in the project: each page is read from its gzipped copy, with the address it was saved from.
  // The labels carry each page's part and address: only the split is read to count the pages of each part.
  const split = loadAebSplit();
  const aebLabels = Object.entries(loadAebLabels());
  for (const part of ['dev', 'test'] as const) {
    const labelled = aebLabels.filter(([name, label]) => label.part === part && name in split);
    const urls = new Map(labelled.map(([name, label]) => [name, label.url]));
    const pages = Object.values(split).filter((p) => p === part).length;
    sets.push({
      title: `article-extraction-benchmark ${part} part (labels for ${labelled.length} of its ${pages} pages)`,
      key: `aeb-${part}`,
      corpus: AEB_DIR,
      labels: labelled,
      url: (name) => pageUrl(urls.get(name)),
      listMistakes: part === 'dev',
      bodyChecks: false,
      read: (name) => readAebHtml(name),
      englishOnly: true,
      showUrl: true,
    });
  }
}
const goals: string[] = [];
for (const set of sets) {
  const key = set.key;
  // `--only aeb` runs both of the benchmark's parts.
  if (only && only !== key && only !== key.split('-')[0]) continue;
  const t = await runSet(set);
  if (!t) continue;
  if (key === 'readability') goals.push(`Readability pages F1 >= 0.95: ${f1(t) >= 0.95 ? 'met' : 'NOT met'}`);
  if (key === 'test')
    goals.push(
      `unseen pages (test part) F1 >= 0.97: ${f1(t) >= 0.97 ? 'met' : 'NOT met'}; English news recall >= 0.97: ${ratio(t.englishFound, t.english) >= 0.97 ? 'met' : 'NOT met'}`,
    );
  if (key === 'aeb-test')
    goals.push(
      `unseen benchmark pages (test part) F1 >= 0.97: ${f1(t) >= 0.97 ? 'met' : 'NOT met'}; English news recall >= 0.97: ${ratio(t.englishFound, t.english) >= 0.97 ? 'met' : 'NOT met'}`,
    );
}
if (goals.length) console.log(`goals: ${goals.join('; ')}`);
