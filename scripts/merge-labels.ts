/**
 * `npx tsx scripts/merge-labels.ts SPLIT_JSON OUT_JSON LABELS_JSON...`: merges news labels of the
 * trafilatura pages (`{name: {isNews, lang, why}}`, written by hand in batches) with the page's part
 * of the random split and its address (`{name: {part, url, htmlLang}}`) into one fixture, sorted by
 * name, for `npm run eval:detect` and `npm run eval:extract`. A label for a page the split does not
 * know is reported and left out; a page labelled twice keeps its last label.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface Label {
  isNews: boolean;
  lang: string;
  why: string;
}
interface Meta {
  part: 'dev' | 'test';
  url: string;
  htmlLang: string;
}

const [splitFile, outFile, ...labelFiles] = process.argv.slice(2);
if (!splitFile || !outFile || !labelFiles.length) {
  console.error('usage: npx tsx scripts/merge-labels.ts SPLIT_JSON OUT_JSON LABELS_JSON...');
  process.exit(2);
}
const split = JSON.parse(readFileSync(splitFile, 'utf8')) as Record<string, Meta>;
const merged: Record<string, Label & { part: string; url: string }> = {};
for (const file of labelFiles) {
  const labels = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Label>;
  for (const [name, label] of Object.entries(labels)) {
    const meta = split[name];
    if (!meta) {
      console.error(`${file}: ${name} is not in the split, left out`);
      continue;
    }
    if (typeof label.isNews !== 'boolean') {
      console.error(`${file}: ${name} has no isNews, left out`);
      continue;
    }
    merged[name] = { isNews: label.isNews, lang: label.lang, why: label.why, part: meta.part, url: meta.url };
  }
}
const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(outFile, `${JSON.stringify(sorted, null, 2)}\n`);
const counts = (part: string) => Object.values(sorted).filter((label) => label.part === part).length;
console.log(
  `${Object.keys(sorted).length} labels (dev ${counts('dev')}, test ${counts('test')}) -> ${outFile}`,
);
