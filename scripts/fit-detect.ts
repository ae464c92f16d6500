/**
 * `npm run fit:detect [-- --dry] [--cache FILE]`: fits the weights of detection's signals
 * (`dom/detect-features.ts`) by logistic regression on the pages tuned on: the trafilatura corpus's
 * development part and the Readability pages detection was first shaped on (mostly English news,
 * which the development part has few of). It writes them to `dom/detect-weights.ts` (`--dry`: prints
 * them, writes nothing). The trafilatura test part is never read.
 *
 * Each signal keeps the direction its meaning gives it (a fitted weight against it is set to 0), and
 * an L2 penalty keeps each weight near the weight given by hand (`prior` in the features' table), so
 * signals that few pages carry keep about the weight their meaning gives them. The penalty and the threshold are chosen by 5-fold
 * cross-validation (the same seeded, stratified folds for every choice): the best sum of the
 * development part's F1 and English news recall among the choices that keep the Readability pages at
 * 0.95 or more. Its cross-validated figures are
 * printed for each set apart: honest figures for pages the weights were not fitted on, unlike the
 * figures `npm run eval:detect` gives on these same pages.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectArticle } from '../dom/detect-article';
import { FEATURE_NAMES, FEATURES, gainAfter, type Feature } from '../dom/detect-features';
import { loadSnippets, type Label } from './lib/corpus';
import { fitLogistic, type Sample } from './lib/logistic';
import { parseHtml } from './lib/read-input';
import { seededRandom } from './lib/timing';

const TRAFILATURA = '../shared/corpus/trafilatura';
const READABILITY = '../shared/corpus/readability';
const OUT = 'dom/detect-weights.ts';
const NEUTRAL = 'https://example.org/page';
const dry = process.argv.includes('--dry');
// English news counts twice: it is what Newslens reads, and its recall has its own goal.
const ENGLISH_NEWS_WEIGHT = 2;
const PENALTIES = [0.001, 0.003, 0.01, 0.03, 0.1];
const THRESHOLDS = [-1, -0.5, 0, 0.5, 1];
const READABILITY_GOAL = 0.95;

if (!existsSync(TRAFILATURA) || !existsSync(READABILITY)) {
  console.log('no corpora in ../shared beside the project: nothing fitted');
  process.exit(0);
}

type Page = Sample & { name: string; set: 'dev' | 'readability'; english: boolean };

const readLabels = (file: string) =>
  Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, Label>);

/** The signals of every page tuned on, read whole. */
async function readPages(): Promise<Page[]> {
  const snippets = loadSnippets(TRAFILATURA);
  const sources: [Page['set'], string, [string, Label][], (name: string, label: Label) => string][] = [
    [
      'dev',
      TRAFILATURA,
      readLabels('tests/fixtures/trafilatura-labels.json').filter(([, label]) => label.part === 'dev'),
      (name, label) => [snippets[name]?.url, label.url].find((u) => u && URL.canParse(u)) ?? NEUTRAL,
    ],
    // These pages have no address; a folder's name ("news-3", "blog") must not count.
    ['readability', READABILITY, readLabels('tests/fixtures/corpus-labels.json'), () => NEUTRAL],
  ];
  const pages: Page[] = [];
  for (const [set, corpus, labels, address] of sources)
    for (const [name, label] of labels) {
      const file = join(corpus, name, 'source.html');
      if (!existsSync(file)) continue;
      const url = address(name, label);
      const { document, close } = parseHtml(readFileSync(file, 'utf8'), url);
      try {
        const { features } = detectArticle(document, { url, readAll: true });
        const english = label.isNews && label.lang === 'en';
        pages.push({
          name,
          set,
          english,
          x: FEATURE_NAMES.map((feature) => features?.[feature] ?? 0),
          y: label.isNews ? 1 : 0,
          weight: english ? ENGLISH_NEWS_WEIGHT : 1,
        });
      } finally {
        await close();
      }
    }
  return pages;
}

// `--cache FILE` keeps the signals between runs while only the fitting changes.
const cacheAt = process.argv.indexOf('--cache');
const cache = cacheAt >= 0 ? process.argv[cacheAt + 1] : '';
const pages: Page[] =
  cache && existsSync(cache) ? JSON.parse(readFileSync(cache, 'utf8')) : await readPages();
if (cache && !existsSync(cache)) writeFileSync(cache, JSON.stringify(pages));
const count = (set: Page['set']) => pages.filter((page) => page.set === set).length;
console.log(
  `${count('dev')} development pages and ${count('readability')} Readability pages, ${FEATURE_NAMES.length} signals`,
);

const signs = FEATURE_NAMES.map((feature) => FEATURES[feature].sign);
const priors = FEATURE_NAMES.map((feature) => FEATURES[feature].prior);

// Five folds, stratified by set and label, from a seeded shuffle: the same for every choice.
const random = seededRandom(16);
const order = pages.map((_, i) => i);
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [order[i], order[j]] = [order[j], order[i]];
}
const fold = new Array<number>(pages.length);
const dealt = new Map<string, number>();
for (const i of order) {
  const key = `${pages[i].set} ${pages[i].y}`;
  const n = dealt.get(key) ?? 0;
  fold[i] = n % 5;
  dealt.set(key, n + 1);
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  english: number;
  englishFound: number;
}
const counts = (): Counts => ({ tp: 0, fp: 0, fn: 0, english: 0, englishFound: 0 });
const f1 = (c: Counts) => (2 * c.tp) / Math.max(1, 2 * c.tp + c.fp + c.fn);
const describe = (c: Counts) =>
  `F1 ${f1(c).toFixed(3)} (P ${(c.tp / Math.max(1, c.tp + c.fp)).toFixed(3)}, R ${(c.tp / Math.max(1, c.tp + c.fn)).toFixed(3)}), ` +
  `English news recall ${(c.englishFound / Math.max(1, c.english)).toFixed(3)} (${c.englishFound}/${c.english})`;

interface Result {
  dev: Counts;
  readability: Counts;
}

/** Cross-validated counts for one penalty, at each threshold, for each set. */
function crossValidate(penalty: number): Result[] {
  const results = THRESHOLDS.map(() => ({ dev: counts(), readability: counts() }));
  for (let k = 0; k < 5; k++) {
    const model = fitLogistic(
      pages.filter((_, i) => fold[i] !== k),
      signs,
      priors,
      penalty,
    );
    pages.forEach((page, i) => {
      if (fold[i] !== k) return;
      const score = model.bias + page.x.reduce((sum, value, j) => sum + value * model.weights[j], 0);
      THRESHOLDS.forEach((threshold, t) => {
        const predicted = score >= threshold;
        const c = results[t][page.set];
        if (predicted && page.y) c.tp++;
        else if (predicted) c.fp++;
        else if (page.y) c.fn++;
        if (page.english) {
          c.english++;
          if (predicted) c.englishFound++;
        }
      });
    });
  }
  return results;
}

let best: { penalty: number; threshold: number; result: Result } | null = null;
const better = (a: Result, b: Result) => {
  const aMeets = f1(a.readability) >= READABILITY_GOAL;
  const bMeets = f1(b.readability) >= READABILITY_GOAL;
  if (aMeets !== bMeets) return aMeets;
  // Both goals on the development part: F1 over all pages, and recall on English news.
  const goals = (r: Result) => f1(r.dev) + r.dev.englishFound / Math.max(1, r.dev.english);
  return aMeets ? goals(a) > goals(b) : goals(a) + f1(a.readability) > goals(b) + f1(b.readability);
};
for (const penalty of PENALTIES)
  crossValidate(penalty).forEach((result, t) => {
    console.log(
      `  penalty ${penalty}, threshold ${THRESHOLDS[t]}: development ${describe(result.dev)}; Readability ${describe(result.readability)}`,
    );
    if (!best || better(result, best.result)) best = { penalty, threshold: THRESHOLDS[t], result };
  });
const chosen = best!;
const summary =
  `5-fold cross-validated: development part ${describe(chosen.result.dev)}; ` +
  `Readability pages ${describe(chosen.result.readability)}`;
console.log(`chosen: penalty ${chosen.penalty}, threshold ${chosen.threshold}; ${summary}`);

const model = fitLogistic(pages, signs, priors, chosen.penalty);
const round = (n: number) => Math.round(n * 1000) / 1000;
const weights = FEATURE_NAMES.map((feature, j) => `  ${feature}: ${round(model.weights[j])},`).join('\n');
const fitted = Object.fromEntries(
  FEATURE_NAMES.map((feature, j) => [feature, round(model.weights[j])]),
) as Record<Feature, number>;
// What the signals read after the metadata can still add, worked out here so that the probe ships no
// table of signals. (Rounded up: a bound rounded down could stop a page the signals left might still lift.)
const up = (n: number) => Math.ceil(n * 1000) / 1000;
const text = `// Written by \`npm run fit:detect\` (scripts/fit-detect.ts) from the labels of the pages tuned on: do not edit by hand.
// ${summary}.
import type { Feature } from './detect-features';

/** The score of a page without any signal; a page is news when its score reaches THRESHOLD. */
export const BIAS = ${round(model.bias)};
export const THRESHOLD = ${chosen.threshold};
/** What each signal (0 to 1) adds to the score. */
export const WEIGHTS: Partial<Record<Feature, number>> = {
${weights}
};
/**
 * The most the signals read after the metadata can add, each at most its positive weight (a story too
 * short to rate its writing takes the rated ones off): detection stops reading once it cannot.
 */
export const AFTER_META = ${up(gainAfter('meta', fitted, true))};
`;
if (dry) console.log(text);
else {
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT} (run prettier on it)`);
}
