/**
 * `npm run eval:detect [-- CORPUS_DIR [LABELS_JSON]]`: news-or-not F1 of `detectArticle` on saved
 * pages (`<name>/source.html`) against hand labels, beside Readability's isProbablyReaderable on
 * the same pages, and the detection time per page in node (happy-dom; the browser is faster).
 * Also, for information:
 * - news in other languages: detected as news, and marked not readable (only English is);
 * - the body found on true news pages: does it hold the start of Readability's expected excerpt
 *   (`expected-metadata.json`; counted only where the page shows that text, as the excerpt is often
 *   the page's description), and how many of the paragraphs Readability extracts does it hold.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { detectArticle, isFurnitureBox } from '../dom/detect-article';
import { buildTextIndex } from '../dom/text-index';
import { parseHtml } from './lib/read-input';

interface Label {
  isNews: boolean;
  lang: string;
  why: string;
}

const [corpus = '../shared/corpus/readability', labelsFile = 'tests/fixtures/corpus-labels.json'] =
  process.argv.slice(2);
const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as Record<string, Label>;

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
const ours = tally();
const baseline = tally();
const mistakes: string[] = [];
const times: number[] = [];
// Non-English news by language: pages, detected as news, marked not readable.
const languages = new Map<string, { pages: number; news: number; unreadable: number }>();
// True news pages that show the start of Readability's excerpt, and those whose body holds it.
const excerpts = { pages: 0, found: 0, missing: [] as string[] };
// Readability's paragraphs found in the body, page by page.
const coverage: { name: string; share: number }[] = [];

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function record(t: Tally, predicted: boolean, actual: boolean) {
  if (predicted && actual) t.tp++;
  else if (predicted) t.fp++;
  else if (actual) t.fn++;
  else t.tn++;
}

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

for (const [name, label] of Object.entries(labels)) {
  const file = join(corpus, name, 'source.html');
  if (!existsSync(file)) continue;
  // A neutral address: the folder's name must not tell the detector anything ("news-3", "blog").
  const { document, close } = parseHtml(readFileSync(file, 'utf8'), 'https://example.org/page');
  const started = performance.now();
  const detection = detectArticle(document);
  times.push(performance.now() - started);
  record(ours, detection.isNews, label.isNews);
  record(baseline, isProbablyReaderable(document), label.isNews);
  if (detection.isNews !== label.isNews) {
    mistakes.push(
      `  ${label.isNews ? 'missed' : 'false  '} ${name} (score ${detection.score}: ${detection.signals.join(', ')})`,
    );
  }
  if (label.isNews && label.lang !== 'en') {
    const counts = languages.get(label.lang) ?? { pages: 0, news: 0, unreadable: 0 };
    counts.pages++;
    if (detection.isNews) counts.news++;
    if (!detection.readable) counts.unreadable++;
    languages.set(label.lang, counts);
  }
  if (label.isNews) {
    // The body as the analysis reads it: furniture inside it left out.
    const body = squash(buildTextIndex(detection.body, isFurnitureBox).text);
    const excerpt = expectedExcerpt(join(corpus, name));
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
  close();
}

const f1 = (t: Tally) => (2 * t.tp) / (2 * t.tp + t.fp + t.fn);
const line = (label: string, t: Tally) =>
  `${label.padEnd(28)} F1 ${f1(t).toFixed(3)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn}, tn ${t.tn})`;
times.sort((a, b) => a - b);
console.log(`news-or-not on ${times.length} labelled pages of ${corpus}`);
console.log(line('Newslens detectArticle', ours));
console.log(line('Readability isProbablyReaderable', baseline));
console.log(
  `detection time in node (happy-dom): median ${times[times.length >> 1].toFixed(2)} ms, max ${times[times.length - 1].toFixed(1)} ms`,
);
console.log(`goal: F1 >= 0.95: ${f1(ours) >= 0.95 ? 'met' : 'NOT met'}`);
if (mistakes.length) console.log(`mistakes:\n${mistakes.join('\n')}`);
console.log('non-English news by language (detected as news / marked not readable / pages):');
for (const [lang, counts] of [...languages].sort())
  console.log(`  ${lang}: ${counts.news} / ${counts.unreadable} / ${counts.pages}`);
console.log('body of true news pages (informative):');
console.log(
  `  holds the start of Readability's excerpt: ${excerpts.found} of ${excerpts.pages} pages that show it` +
    (excerpts.missing.length ? ` (not: ${excerpts.missing.join(', ')})` : ''),
);
const mean = coverage.reduce((sum, page) => sum + page.share, 0) / Math.max(1, coverage.length);
const low = coverage.filter((page) => page.share < 0.8);
console.log(
  `  holds Readability's paragraphs: ${(mean * 100).toFixed(1)}% on average over ${coverage.length} pages` +
    (low.length
      ? ` (under 80%: ${low.map((page) => `${page.name} ${Math.round(page.share * 100)}%`).join(', ')})`
      : ''),
);
