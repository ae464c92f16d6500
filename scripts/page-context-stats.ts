/**
 * `npx tsx scripts/page-context-stats.ts [--show] DIR`: what the page's own context gives on a folder
 * of article texts (`*.txt`): how many sums of money and percentages say what they count (beside the
 * analysis's counted noun alone, in the same run), how many leaders the page names in several
 * sentences, and how many figures it flags as a difference within the page. `--show` lists each money
 * figure and each difference with its sentences: use it on development texts only, never on a test part.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { countedThing } from '../analysis/counted';
import { analyze } from '../analysis/index';
import { withPageContext } from '../analysis/page-context';
import { GlossaryIndex, describePage } from '../analysis/page-items';
import type { Glossary } from '../analysis/glossary';

const args = process.argv.slice(2);
const show = args.includes('--show');
const dir = args.find((arg) => !arg.startsWith('--'));
if (!dir) {
  console.error('usage: npx tsx scripts/page-context-stats.ts [--show] DIR');
  process.exit(1);
}
const index = new GlossaryIndex(JSON.parse(readFileSync('assets/glossary.json', 'utf8')) as Glossary);
const totals = {
  pages: 0,
  leaders: 0,
  leadersInSeveralSentences: 0,
  claims: 0,
  moneyOrPercent: 0,
  saysWhatItCounts: 0,
  analysisCountedNounAlone: 0,
  differencesWithinPage: 0,
};
const cut = (sentence: string) => (sentence.length > 140 ? `${sentence.slice(0, 140)}...` : sentence);
for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt'))) {
  totals.pages++;
  const text = readFileSync(join(dir, file), 'utf8');
  const analysis = analyze(text);
  for (const item of withPageContext(text, analysis, describePage(text, analysis, index))) {
    if (item.kind === 'leader') {
      totals.leaders++;
      if ((item.page?.sentences.length ?? 0) > 1) totals.leadersInSeveralSentences++;
      continue;
    }
    totals.claims++;
    const first = analysis.claims.find((claim) => claim.text === item.text);
    if (first && (first.normalizedUnit === '%' || /^[A-Z]{3}$/.test(first.normalizedUnit))) {
      totals.moneyOrPercent++;
      if (item.counts) totals.saysWhatItCounts++;
      const alone = countedThing(text, first);
      if (alone && alone !== first.unit) totals.analysisCountedNounAlone++;
      if (show) console.log(`money  ${file} | ${item.text} | ${item.counts || '-'} | ${cut(item.sentence)}`);
    }
    const differing = item.page?.differing ?? [];
    if (differing.length > 0) {
      totals.differencesWithinPage++;
      if (show)
        console.log(
          `differs ${file} | ${item.text} | ${differing.map((f) => f.text).join(', ')} | ${cut(item.sentence)} || ${cut(differing[0].sentence)}`,
        );
    }
  }
}
console.log(JSON.stringify(totals));
