/**
 * `npm run eval`: scores the analysis against hand annotations, set by set, and prints precision,
 * recall and F1 for leaders and claims (overlapping spans match) with exact-span F1, beside the
 * baseline (compromise's people() and numbers() with a simple title rule, scripts/lib/baseline.ts).
 * Sets: the bundled sources, the old development set, and the development and test parts of the
 * hand-annotated corpus articles. The test part is only ever scored as a whole.
 *
 * `npm run eval -- --diff [SET]` lists, per document of a development set (default: the new
 * development part), what the analysis missed, what it found that gold does not have, and spans that
 * overlap a gold span without matching it exactly ("found | gold"). It refuses the test part.
 * `npm run eval -- GOLD_DIR TEXTS_DIR [--diff]` scores one other directory the same way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { baselineAnalyze } from './lib/baseline';
import { scoreGoldSet, type DocumentScore } from './lib/gold-set';
import {
  addCounts,
  addPersonCounts,
  metrics,
  personMetrics,
  type Counts,
  type PersonCounts,
} from './lib/score';

interface GoldSet {
  name: string;
  label: string;
  gold: string;
  texts: string;
  /** Held out: scored as a whole only, never listed document by document. */
  heldOut?: boolean;
  goals: { f1: number; exactF1: number };
}

const ROUNDS_FILE = 'tests/fixtures/articles/rounds.json';

/** The sets, with the goals each is held to (the test part's are the goals). */
export const SETS: GoldSet[] = [
  {
    name: 'sources',
    label: 'sources',
    gold: 'tests/fixtures/gold',
    texts: 'assets/sources',
    goals: { f1: 0.97, exactF1: 0.9 },
  },
  {
    name: 'old-dev',
    label: 'old dev set',
    gold: 'tests/fixtures/dev-gold',
    texts: 'tests/fixtures/dev-gold',
    goals: { f1: 0.95, exactF1: 0.9 },
  },
  {
    name: 'dev',
    label: 'new dev part',
    gold: 'tests/fixtures/articles/dev',
    texts: 'tests/fixtures/articles/dev',
    goals: { f1: 0.95, exactF1: 0.9 },
  },
  {
    name: 'test',
    label: 'new test part',
    gold: 'tests/fixtures/articles/test',
    texts: 'tests/fixtures/articles/test',
    heldOut: true,
    goals: { f1: 0.95, exactF1: 0.9 },
  },
];

/**
 * The later rounds' article ids by round (`tests/fixtures/articles/rounds.json`: "4", "5", ...), each
 * scored apart; the third round's articles are the ones whose gold records a `url` and no round lists.
 */
const ROUNDS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(
    existsSync(ROUNDS_FILE)
      ? (JSON.parse(readFileSync(ROUNDS_FILE, 'utf8')) as Record<string, string[]>)
      : {},
  ).map(([round, ids]) => [round, new Set(ids)]),
);
const listed = (id: string) => Object.values(ROUNDS).some((ids) => ids.has(id));
const ROUND_ROWS: [string, (d: DocumentScore) => boolean][] = [
  ['3rd round', (d) => !!d.url && !listed(d.id)],
  ...Object.keys(ROUNDS)
    .sort((a, b) => Number(a) - Number(b))
    .map((round): [string, (d: DocumentScore) => boolean] => [
      `${round}th round`,
      (d) => ROUNDS[round].has(d.id),
    ]),
];

const args = process.argv.slice(2);
const showDiff = args.includes('--diff');
const rest = args.filter((a) => a !== '--diff');

/** True for a directory of the held-out test part, which is never shown document by document. */
function isHeldOut(dir: string): boolean {
  const full = resolve(dir) + sep;
  return SETS.some((s) => s.heldOut && full.startsWith(resolve(s.gold) + sep));
}

/** Stops with a clear message, not a stack trace. */
function refuse(message: string): never {
  console.error(`eval: ${message}`);
  process.exit(1);
}

const pct = (x: number) => x.toFixed(3);
// Width of the count columns (gold, pred) in every line of the table.
const COUNT_WIDTH = 4;
function cells(c: Counts): string {
  const m = metrics(c);
  return [
    String(c.gold).padStart(COUNT_WIDTH),
    String(c.predicted).padStart(COUNT_WIDTH),
    pct(m.precision),
    pct(m.recall),
    pct(m.f1),
    pct(m.exactF1),
  ].join(' ');
}
const HEADER = `${'set'.padEnd(26)} ${'kind'.padEnd(7)}  gold pred prec. recall F1    exact | baseline: pred prec. recall F1    exact`;

/** One line of the table: a set's label, the kind, our counts and the baseline's. */
function row(label: string, kind: string, ours: Counts, base: Counts): string {
  const b = metrics(base);
  const baseline = [
    String(base.predicted).padStart(COUNT_WIDTH),
    pct(b.precision),
    pct(b.recall),
    pct(b.f1),
    pct(b.exactF1),
  ];
  return `${label.padEnd(26)} ${kind.padEnd(7)} ${cells(ours)} | ${''.padEnd(9)}${baseline.join(' ')}`;
}

/**
 * Gold and predicted leader persons, precision, recall and F1, as wide as `cells`: the exact column stays blank
 * (a person is no span). Without `gold`, the gold column is left out, as in the baseline's figures.
 */
function personCells(c: PersonCounts, gold = true): string {
  const m = personMetrics(c);
  return [
    ...(gold ? [String(c.gold).padStart(COUNT_WIDTH)] : []),
    String(c.predicted).padStart(COUNT_WIDTH),
    pct(m.precision),
    pct(m.recall),
    pct(m.f1),
    ''.padEnd(pct(0).length),
  ].join(' ');
}

/** The leader persons' line: a leader person is found when any of its mentions is. */
function personRow(label: string, ours: PersonCounts, base: PersonCounts): string {
  return `${label.padEnd(26)} ${'persons'.padEnd(7)} ${personCells(ours)} | ${''.padEnd(9)}${personCells(base, false)}`;
}

function printDocuments(documents: DocumentScore[]): void {
  for (const d of documents) {
    console.log(`  ${d.id.padEnd(24)} leaders ${cells(d.leaders)}`);
    console.log(`  ${''.padEnd(24)} claims  ${cells(d.claims)}`);
    for (const miss of d.misses) console.log(`      missed  ${miss}`);
    for (const extra of d.extras) console.log(`      extra   ${extra}`);
    for (const diff of d.spanDiffs) console.log(`      span    ${diff}`);
  }
}

if (rest.length >= 2) {
  const [goldDir, textsDir] = rest;
  if (showDiff && (isHeldOut(goldDir) || isHeldOut(textsDir)))
    refuse('--diff refuses the test part: it is scored only as a whole');
  const scored = scoreGoldSet(resolve(goldDir), resolve(textsDir));
  if (showDiff && !isHeldOut(goldDir)) printDocuments(scored.documents);
  console.log(HEADER);
  console.log(`${goldDir.padEnd(26)} leaders ${cells(scored.leaders)}`);
  console.log(`${goldDir.padEnd(26)} persons ${personCells(scored.persons)}`);
  console.log(`${goldDir.padEnd(26)} claims  ${cells(scored.claims)}`);
} else {
  const wanted = showDiff ? (rest[0] ?? 'dev') : undefined;
  const diffSet = wanted && SETS.find((s) => s.name === wanted);
  if (wanted && !diffSet) refuse(`no set named ${wanted}: ${SETS.map((s) => s.name).join(', ')}`);
  if (diffSet && diffSet.heldOut) refuse('--diff refuses the test part: it is scored only as a whole');
  if (diffSet) printDocuments(scoreGoldSet(resolve(diffSet.gold), resolve(diffSet.texts)).documents);
  console.log(HEADER);
  const verdicts: string[] = [];
  for (const set of SETS) {
    const ours = scoreGoldSet(resolve(set.gold), resolve(set.texts));
    const base = scoreGoldSet(resolve(set.gold), resolve(set.texts), baselineAnalyze);
    const n = ours.documents.length;
    console.log(row(`${set.label} (${n})`, 'leaders', ours.leaders, base.leaders));
    console.log(personRow(`${set.label} (${n})`, ours.persons, base.persons));
    console.log(row(`${set.label} (${n})`, 'claims', ours.claims, base.claims));
    // The later rounds' articles alone (the third's gold records the page's address; the fourth's ids are
    // listed in rounds.json): each added after the rules above were written, so before any rule is fixed
    // for them they are an out-of-sample estimate.
    for (const [label, keep] of ROUND_ROWS) {
      const added = ours.documents.filter(keep);
      const addedBase = base.documents.filter(keep);
      if (added.length === 0 || added.length === n) continue;
      const sum = (documents: DocumentScore[], kind: 'leaders' | 'claims') =>
        addCounts(documents.map((d) => d[kind]));
      const persons = (documents: DocumentScore[]) => addPersonCounts(documents.map((d) => d.persons));
      const of = `  of which ${label} (${added.length})`;
      console.log(row(of, 'leaders', sum(added, 'leaders'), sum(addedBase, 'leaders')));
      // Persons of the test part are reported for the part as a whole only.
      if (!set.heldOut) console.log(personRow(of, persons(added), persons(addedBase)));
      console.log(row(of, 'claims', sum(added, 'claims'), sum(addedBase, 'claims')));
    }
    const met = [ours.leaders, ours.claims]
      .map(metrics)
      .every((m) => m.f1 >= set.goals.f1 && m.exactF1 >= set.goals.exactF1);
    verdicts.push(
      `${set.label}: F1 >= ${set.goals.f1} and exact F1 >= ${set.goals.exactF1} for both kinds: ${met ? 'met' : 'NOT met'}`,
    );
  }
  console.log(verdicts.join('\n'));
}
