/**
 * `npm run eval [-- GOLD_DIR TEXTS_DIR]`: scores the analysis against hand annotations and prints
 * precision, recall and F1 for leaders and claims (overlapping spans match), with exact-span F1.
 * `--diff` also lists what each document's analysis missed, what it found that gold does not have,
 * and spans that overlap a gold span without matching it exactly ("found | gold").
 * Without arguments it scores the bundled sources against tests/fixtures/gold/ and checks the goals.
 */
import { resolve } from 'node:path';
import { scoreGoldSet } from './lib/gold-set';
import { metrics, type Counts } from './lib/score';

const GOALS = { f1: 0.97, exactF1: 0.9 };

const args = process.argv.slice(2);
const showDiff = args.includes('--diff');
const [goldDir = 'tests/fixtures/gold', textsDir = 'assets/sources'] = args.filter((a) => a !== '--diff');
const { documents, leaders, claims } = scoreGoldSet(resolve(goldDir), resolve(textsDir));

const pct = (x: number) => x.toFixed(3);
function row(label: string, kind: string, c: Counts): string {
  const m = metrics(c);
  return [
    label.padEnd(24),
    kind.padEnd(8),
    String(c.gold).padStart(5),
    String(c.predicted).padStart(5),
    pct(m.precision),
    pct(m.recall),
    pct(m.f1),
    pct(m.exactF1),
  ].join('  ');
}

console.log(
  ['document'.padEnd(24), 'kind'.padEnd(8), ' gold', ' pred', 'prec.', 'recall', 'F1   ', 'exact F1'].join(
    '  ',
  ),
);
for (const d of documents) {
  console.log(row(d.id, 'leaders', d.leaders));
  console.log(row(d.id, 'claims', d.claims));
  if (showDiff) {
    for (const miss of d.misses) console.log(`    missed  ${miss}`);
    for (const extra of d.extras) console.log(`    extra   ${extra}`);
    for (const diff of d.spanDiffs) console.log(`    span    ${diff}`);
  }
}
console.log(row('ALL', 'leaders', leaders));
console.log(row('ALL', 'claims', claims));

if (args.filter((a) => a !== '--diff').length === 0) {
  const results = [leaders, claims].map(metrics);
  const met = results.every((m) => m.f1 >= GOALS.f1 && m.exactF1 >= GOALS.exactF1);
  console.log(
    `goal on the source texts: F1 >= ${GOALS.f1} and exact F1 >= ${GOALS.exactF1} for both kinds: ${met ? 'met' : 'NOT met'}`,
  );
}
