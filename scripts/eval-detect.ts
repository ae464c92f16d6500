/**
 * `npm run eval:detect [-- CORPUS_DIR [LABELS_JSON]]`: news-or-not F1 of `detectArticle` on saved
 * pages (`<name>/source.html`) against hand labels, beside Readability's isProbablyReaderable on
 * the same pages, and the detection time per page in node (happy-dom; the browser is faster).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProbablyReaderable } from '@mozilla/readability';
import { detectArticle } from '../dom/detect-article';
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

function record(t: Tally, predicted: boolean, actual: boolean) {
  if (predicted && actual) t.tp++;
  else if (predicted) t.fp++;
  else if (actual) t.fn++;
  else t.tn++;
}

for (const [name, label] of Object.entries(labels)) {
  const file = join(corpus, name, 'source.html');
  if (!existsSync(file)) continue;
  const { document, close } = parseHtml(readFileSync(file, 'utf8'), `https://example.org/${name}/`);
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
