/**
 * `npx tsx scripts/merge-aeb-labels.ts LABELS_JSON...`: merges the annotators' news labels of the
 * article-extraction-benchmark pages (`{ID: {isNews, lang, why, part, url}}`, one file per annotator) into
 * tests/fixtures/aeb-labels.json, each with its part of the split and its address (see `mergeAebLabels`). Prints
 * the counts, every problem found and the pages left unlabelled (ids only: it never shows a page); exits 1 when
 * there was a problem, so that a gap or a double label is never merged unnoticed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { mergeAebLabels } from './lib/aeb-labels';
import { AEB_LABELS, loadAeb } from './lib/corpus';

const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: npx tsx scripts/merge-aeb-labels.ts LABELS_JSON...');
  process.exit(2);
}
const pages = loadAeb();
const { labels, problems, gaps } = mergeAebLabels(
  pages,
  files.map((file) => ({ file, labels: JSON.parse(readFileSync(file, 'utf8')) })),
);
writeFileSync(AEB_LABELS, `${JSON.stringify(labels, null, 2)}\n`);
const all = Object.values(labels);
const count = (part: string, test: (label: (typeof all)[number]) => boolean = () => true) =>
  all.filter((label) => label.part === part && test(label)).length;
for (const part of ['dev', 'test'])
  console.log(
    `${part}: ${count(part)} of ${pages.filter((page) => page.part === part).length} pages labelled, ` +
      `${count(part, (l) => l.isNews)} news (${count(part, (l) => l.isNews && l.lang === 'en')} English), ` +
      `${count(part, (l) => !l.isNews)} not news`,
  );
console.log(`-> ${AEB_LABELS}`);
for (const problem of problems) console.log(`problem: ${problem}`);
if (gaps.length) console.log(`not labelled (${gaps.length}): ${gaps.join(', ')}`);
if (problems.length) process.exitCode = 1;
