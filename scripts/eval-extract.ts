/**
 * `npm run eval:extract [-- [--only dev|test|aeb|aeb-dev|aeb-test] [--pages]]`: how well the article body is read on real news pages,
 * beside Readability.js on the same pages in the same run, the trafilatura corpus's development and
 * test parts apart (on the test part only totals, never a page):
 * - token-level F1 of the extracted text against hand-made bodies (the annotated articles,
 *   tests/fixtures/articles/<part>/<name>.txt: the headline, then the story's paragraphs; English news
 *   pages). A body marked truncated (`"truncated": true` in its <name>.json: it holds only the story's
 *   first part) gives recall only, never
 *   precision or F1, since the rest of the story would count as extra text;
 * - the corpus's must / must-not snippets (expected-snippets.json) on the news pages labelled in
 *   tests/fixtures/trafilatura-labels.json: the share of "with" snippets the text holds and of
 *   "without" snippets it leaves out.
 * Newslens's text is what the reader analyses: the body of a page detection calls English news (the
 * hand-made bodies), or of any page it calls news (the snippets, in any language: extraction does not
 * depend on it); a news page it misses gives no text. "Extraction alone" is the text the reader would
 * read whatever detection decides (`storyRoots` of its detection), so that extraction is measured
 * apart from detection's misses, as Readability is. Readability's is its title and text content.
 * The trafilatura part needs ../shared/corpus/trafilatura beside the project; it skips with a message when it
 * is not there.
 *
 * Then the article-extraction-benchmark pages (in the project, tests/fixtures/article-extraction-benchmark), its
 * development and test parts apart (`--only aeb-dev`, `aeb-test`, or `aeb` for both): token F1 of the same three
 * texts against the benchmark's hand-made article bodies (the story's paragraphs, without the headline) on the
 * pages labelled news in tests/fixtures/aeb-labels.json, and on its English news pages alone. On an English
 * page Newslens's text is the whole path the extension takes (detection must call it English news, as for the
 * trafilatura bodies); on a news page in another language, which the extension leaves alone by design, it is
 * the text of a page detection calls news (as for the snippets), so that the figure over all news pages
 * measures detection's news verdict and extraction, and the English line the reader's whole path.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { detectArticle } from '../dom/detect-article';
import { storyRoots } from '../dom/page-text-roots';
import { isStoryFurniture } from '../dom/story-furniture';
import { buildTextIndex } from '../dom/text-index';
import { AEB_DIR, loadAeb, loadAebLabels, loadSnippets, readAebHtml, type Label } from './lib/corpus';
import { parseHtml } from './lib/read-input';

const CORPUS = '../shared/corpus/trafilatura';
const BODIES = 'tests/fixtures/articles';
const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : '';
const verbose = args.includes('--pages');

const hasCorpus = existsSync(CORPUS);
if (!hasCorpus)
  console.log(`trafilatura pages skipped: no corpus at ${CORPUS} (it lives in ../shared beside the project)`);
const labels = JSON.parse(readFileSync('tests/fixtures/trafilatura-labels.json', 'utf8')) as Record<
  string,
  Label
>;
const snippets = loadSnippets(CORPUS);
// Two random splits were drawn: the corpus's (tests/fixtures/trafilatura-split.json, which the labels
// carry) and the hand-made bodies' (their folders). A page is development material only when both
// call it so: a page either split keeps for testing is scored in the test part and never shown.
const split = JSON.parse(readFileSync('tests/fixtures/trafilatura-split.json', 'utf8')) as Record<
  string,
  string
>;
const partOf = (name: string, bodyPart = 'dev') =>
  bodyPart === 'test' || split[name] !== 'dev' ? 'test' : 'dev';
/** Each hand-made body's part (its folder), and the bodies that hold only the story's first part. */
const bodyParts = new Map<string, string>();
const truncated = new Set<string>();
for (const part of ['dev', 'test'])
  for (const file of existsSync(join(BODIES, part)) ? readdirSync(join(BODIES, part)) : []) {
    if (!file.endsWith('.json')) continue;
    const name = file.slice(0, -5);
    bodyParts.set(name, part);
    const gold = JSON.parse(readFileSync(join(BODIES, part, file), 'utf8')) as { truncated?: boolean };
    if (gold.truncated) truncated.add(name);
  }

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const TOKEN = /[\p{L}\p{N}]+/gu;
/** The words of a text, lower-cased, with their counts. */
function tokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [token] of text.toLowerCase().matchAll(TOKEN)) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}
/** Precision, recall and F1 of `found` against `gold`, counting each word as often as it occurs in both. */
function overlap(found: string, gold: string): { p: number; r: number; f: number } {
  const a = tokens(found);
  const b = tokens(gold);
  let common = 0;
  let sizeA = 0;
  let sizeB = 0;
  for (const count of a.values()) sizeA += count;
  for (const [token, count] of b) {
    sizeB += count;
    common += Math.min(count, a.get(token) ?? 0);
  }
  const p = sizeA ? common / sizeA : 0;
  const r = sizeB ? common / sizeB : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

interface Texts {
  ours: string;
  /** The text extraction gives whatever detection decides: extraction measured apart from detection. */
  alone: string;
  readability: string;
}
/** Newslens's text of a trafilatura page (see `pageTexts`) and Readability's. */
async function texts(name: string, english: boolean): Promise<Texts> {
  const url = snippets[name]?.url || labels[name]?.url;
  return pageTexts(readFileSync(join(CORPUS, name, 'source.html'), 'utf8'), url, english);
}

/**
 * Newslens's text of a page given as HTML with its address (empty unless detection calls the page news, and
 * English when `english`), the text extraction alone gives, and Readability's.
 */
async function pageTexts(html: string, url: string | undefined, english = true): Promise<Texts> {
  const { document, close } = parseHtml(html, url && URL.canParse(url) ? url : undefined);
  try {
    const detection = detectArticle(document, { url });
    const alone = buildTextIndex(storyRoots(document, detection), isStoryFurniture).text;
    const ours = detection.isNews && (detection.readable || !english) ? alone : '';
    const article = new Readability(document.cloneNode(true) as Document).parse();
    const readability = article ? `${article.title ?? ''}\n\n${article.textContent ?? ''}` : '';
    return { ours, alone, readability };
  } finally {
    // happy-dom closes a window asynchronously: wait for it, or hundreds of pages fill the heap.
    await close();
  }
}

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);
const fmt = (v: number) => v.toFixed(3);
type Score = ReturnType<typeof overlap>;
const SYSTEMS = ['ours', 'alone', 'readability'] as const;
const TITLES = {
  ours: 'Newslens',
  alone: 'Newslens extraction alone',
  readability: 'Readability',
} as const;

/** Mean F1, precision and recall of a system's scores. */
const summary = (scores: Score[]) =>
  `F1 ${fmt(mean(scores.map((s) => s.f)))} (P ${fmt(mean(scores.map((s) => s.p)))}, R ${fmt(mean(scores.map((s) => s.r)))})`;

for (const part of hasCorpus ? ['dev', 'test'] : []) {
  if (only && only !== part) continue;
  const secret = part === 'test';
  // Token F1 against the hand-made bodies.
  const names = [...bodyParts]
    .filter(
      ([name, bodyPart]) =>
        partOf(name, bodyPart) === part &&
        existsSync(join(BODIES, bodyPart, `${name}.txt`)) &&
        existsSync(join(CORPUS, name, 'source.html')),
    )
    .map(([name]) => name)
    .sort();
  const full = { ours: [] as Score[], alone: [] as Score[], readability: [] as Score[] };
  const cut = { ours: [] as number[], alone: [] as number[], readability: [] as number[] };
  const lines: string[] = [];
  for (const name of names) {
    const gold = readFileSync(join(BODIES, bodyParts.get(name)!, `${name}.txt`), 'utf8');
    const found = await texts(name, true);
    const scores = Object.fromEntries(SYSTEMS.map((s) => [s, overlap(found[s], gold)])) as Record<
      (typeof SYSTEMS)[number],
      Score
    >;
    for (const s of SYSTEMS)
      if (truncated.has(name)) cut[s].push(scores[s].r);
      else full[s].push(scores[s]);
    if (!secret)
      lines.push(
        `    ${name}${truncated.has(name) ? ' (truncated: recall only)' : ''}: ` +
          SYSTEMS.map(
            (s) => `${TITLES[s]} P ${fmt(scores[s].p)} R ${fmt(scores[s].r)} F1 ${fmt(scores[s].f)}`,
          ).join('; '),
      );
  }
  console.log(`trafilatura ${part} part:`);
  console.log(
    `  hand-made bodies, token F1 (mean over ${full.ours.length} pages): ` +
      SYSTEMS.map((s) => `${TITLES[s]} ${summary(full[s])}`).join('; '),
  );
  if (cut.ours.length)
    console.log(
      `  truncated hand-made bodies, recall only (${cut.ours.length} pages): ` +
        SYSTEMS.map((s) => `${TITLES[s]} ${fmt(mean(cut[s]))}`).join('; '),
    );
  if (verbose && lines.length) console.log(lines.join('\n'));

  // Snippets on the labelled news pages.
  const held = {
    ours: { with: 0, without: 0 },
    alone: { with: 0, without: 0 },
    readability: { with: 0, without: 0 },
  };
  const checks = { with: 0, without: 0 };
  let pages = 0;
  const misses: string[] = [];
  for (const [name, label] of Object.entries(labels)) {
    if (partOf(name, bodyParts.get(name)) !== part || !label.isNews) continue;
    const expected = snippets[name];
    if (!expected || !existsSync(join(CORPUS, name, 'source.html'))) continue;
    pages++;
    const found = await texts(name, false);
    const squashed = Object.fromEntries(SYSTEMS.map((s) => [s, squash(found[s])])) as Record<
      (typeof SYSTEMS)[number],
      string
    >;
    for (const snippet of expected.with ?? []) {
      const s = squash(snippet);
      checks.with++;
      for (const system of SYSTEMS) if (squashed[system].includes(s)) held[system].with++;
      if (!secret && !squashed.alone.includes(s)) misses.push(`    ${name}: misses "${s.slice(0, 70)}"`);
      else if (!secret && !squashed.ours.includes(s))
        misses.push(`    ${name}: misses (not news to detection) "${s.slice(0, 70)}"`);
    }
    for (const snippet of expected.without ?? []) {
      const s = squash(snippet);
      checks.without++;
      for (const system of SYSTEMS) if (!squashed[system].includes(s)) held[system].without++;
      if (!secret && squashed.alone.includes(s)) misses.push(`    ${name}: holds "${s.slice(0, 70)}"`);
    }
  }
  const rate = (n: number, d: number) => `${fmt(d ? n / d : 0)} (${n}/${d})`;
  console.log(
    `  snippets on ${pages} labelled news pages: must hold: ` +
      SYSTEMS.map((s) => `${TITLES[s]} ${rate(held[s].with, checks.with)}`).join(', ') +
      '; must leave out: ' +
      SYSTEMS.map((s) => `${TITLES[s]} ${rate(held[s].without, checks.without)}`).join(', '),
  );
  if (verbose && misses.length) console.log(misses.join('\n'));
  if (secret)
    console.log(
      `  goal: token F1 >= 0.96 on the test part: ${mean(full.ours.map((s) => s.f)) >= 0.96 ? 'met' : 'NOT met'}`,
    );
}

// The article-extraction-benchmark pages, read from their gzipped copies in the project with the address each was
// saved from, scored against the benchmark's own hand-made bodies on the pages labelled news.
const aeb = existsSync(AEB_DIR) ? loadAeb() : [];
const aebLabels = loadAebLabels();
for (const part of ['dev', 'test'] as const) {
  if (only && only !== `aeb-${part}` && only !== 'aeb') continue;
  const secret = part === 'test';
  const inPart = aeb.filter((page) => page.part === part);
  const labelled = inPart.filter((page) => aebLabels[page.id]).length;
  const all = { ours: [] as Score[], alone: [] as Score[], readability: [] as Score[] };
  const english = { ours: [] as Score[], alone: [] as Score[], readability: [] as Score[] };
  const lines: string[] = [];
  for (const page of inPart) {
    const label = aebLabels[page.id];
    const html = label?.isNews ? readAebHtml(page.id) : undefined;
    if (html === undefined) continue;
    const found = await pageTexts(html, page.url, label.lang === 'en');
    const scores = Object.fromEntries(SYSTEMS.map((s) => [s, overlap(found[s], page.body)])) as Record<
      (typeof SYSTEMS)[number],
      Score
    >;
    for (const s of SYSTEMS) {
      all[s].push(scores[s]);
      if (label.lang === 'en') english[s].push(scores[s]);
    }
    if (!secret)
      lines.push(
        `    ${page.id} [${label.lang}] ${page.url}: ` +
          SYSTEMS.map(
            (s) => `${TITLES[s]} P ${fmt(scores[s].p)} R ${fmt(scores[s].r)} F1 ${fmt(scores[s].f)}`,
          ).join('; '),
      );
  }
  console.log(
    `article-extraction-benchmark ${part} part (labels for ${labelled} of its ${inPart.length} pages):`,
  );
  console.log(
    `  hand-made bodies, token F1 (mean over ${all.ours.length} news pages): ` +
      SYSTEMS.map((s) => `${TITLES[s]} ${summary(all[s])}`).join('; '),
  );
  console.log(
    `  English news pages only (${english.ours.length}): ` +
      SYSTEMS.map((s) => `${TITLES[s]} ${summary(english[s])}`).join('; '),
  );
  if (verbose && lines.length) console.log(lines.join('\n'));
  if (secret)
    console.log(
      `  goal: token F1 >= 0.96 on the test part: ${mean(all.ours.map((s) => s.f)) >= 0.96 ? 'met' : 'NOT met'}`,
    );
}
