/**
 * Experiment (issue 17): can a small learned decision lift leader recall where the office rules have
 * run dry? `npx tsx scripts/experiments/leader-model-cv.ts`
 *
 * For every person the analysis finds in the development sets (grouped by name), the features of
 * scripts/lib/leader-features.ts and the gold label (is any of its mentions a gold leader mention).
 * A logistic model with an L2 penalty is fitted and scored by 10-fold cross-validation grouped by
 * article: the rules alone, the rules plus leaders the model adds among the persons they found
 * without an office, the rules with leaders the model vetoes, and the model alone (without the
 * rules' role as a feature: how much the words around a name carry by themselves). Figures at the
 * mention level (as `npm run eval` counts them) and at the person level. Development data only.
 *
 * The rules were fitted to these articles, so they leave a model almost nothing to add. To see the
 * rules where they had run dry, run it with the analysis of the commit before a round of development
 * articles arrived, scoring only that round:
 *   mkdir /tmp/r3 && git archive f410df3^ analysis utils | tar -x -C /tmp/r3 && ln -s $PWD/node_modules /tmp/r3/
 *   npx tsx scripts/experiments/leader-model-cv.ts --rules-at /tmp/r3 --score-added-in f410df3
 * (the rounds: d1475f8, f410df3 and 6930c5c, each with the analysis of its parent). The README's
 * "A learned leader decision" gives the figures.
 */
import { createHash } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fitLogistic, type Model } from '../lib/logistic';
import {
  loadGoldDocuments,
  personCases,
  type GoldDocument,
  type PersonCase,
  type PersonFinder,
} from '../lib/leader-features';
import { addCounts, count, metrics, overlaps, type Counts } from '../lib/score';

const FOLDS = 10;
// A feature is kept when it occurs around persons of at least this many training articles.
const MIN_DOCS = 4;
const DEV = 'tests/fixtures/articles/dev';

const docs: GoldDocument[] = [
  ...loadGoldDocuments(DEV, DEV),
  ...loadGoldDocuments('tests/fixtures/dev-gold', 'tests/fixtures/dev-gold'),
  ...loadGoldDocuments('tests/fixtures/gold', 'assets/sources'),
];
// `--rules-at DIR`: the persons and offices come from the analysis/ of an older commit checked out in
// DIR, to see what a model adds where those rules had not been fitted yet (`--score-added-in COMMIT`
// scores only the development articles that commit added, still training on every other article
// outside the fold).
const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const rulesAt = option('--rules-at');
const addedIn = option('--score-added-in');
// A directory the developer names on the command line, never anything a page supplies.
const olderModule = rulesAt ? resolve(rulesAt, 'analysis/index.ts') : undefined;
const find = olderModule
  ? // eslint-disable-next-line no-unsanitized/method
    ((await import(olderModule)) as { analyze: PersonFinder }).analyze
  : undefined;
const scored = addedIn
  ? new Set(
      execFileSync('git', ['diff-tree', '--no-commit-id', '--name-only', '-r', '--diff-filter=A', addedIn], {
        encoding: 'utf8',
      })
        .split('\n')
        .filter((f) => f.startsWith(`${DEV}/`) && f.endsWith('.json'))
        .map((f) => basename(f, '.json')),
    )
  : undefined;
const isScored = (d: GoldDocument) => !scored || scored.has(d.id);
const casesByDoc = new Map(docs.map((d) => [d.id, personCases(d, find)]));
const fold = (id: string) => parseInt(createHash('sha256').update(id).digest('hex').slice(0, 8), 16) % FOLDS;

interface Variant {
  name: string;
  /** Which features the model may read. */
  keep: (feature: string) => boolean;
  penalty: number;
}

const VARIANTS: Variant[] = [
  { name: 'all words, L2 0.01', keep: (f) => !f.startsWith('c:'), penalty: 0.01 },
  { name: 'all words, L2 0.001', keep: (f) => !f.startsWith('c:'), penalty: 0.001 },
  { name: 'all words and classes, L2 0.001', keep: () => true, penalty: 0.001 },
  {
    name: 'no window words, L2 0.001',
    keep: (f) => !f.startsWith('w:') && !f.startsWith('c:'),
    penalty: 0.001,
  },
  {
    name: 'word classes only, L2 0.001',
    keep: (f) => f.startsWith('c:') || f.startsWith('role:') || f === 'many-mentions',
    penalty: 0.001,
  },
];
const withoutRole = (v: Variant): Variant => ({
  ...v,
  name: `${v.name}, no role`,
  keep: (f) => v.keep(f) && !f.startsWith('role:'),
});

/** Fits the model on training persons: vocabulary from the training articles only. */
function train(cases: readonly PersonCase[], variant: Variant): { vocabulary: string[]; model: Model } {
  const docsOf = new Map<string, Set<string>>();
  for (const c of cases)
    for (const f of c.features) {
      if (!variant.keep(f)) continue;
      const set = docsOf.get(f) ?? new Set<string>();
      set.add(c.doc);
      docsOf.set(f, set);
    }
  const vocabulary = [...docsOf].filter(([, d]) => d.size >= MIN_DOCS).map(([f]) => f);
  const samples = cases.map((c) => ({
    x: vocabulary.map((f) => (c.features.has(f) ? 1 : 0)),
    y: +c.goldLeader,
  }));
  const zeros = vocabulary.map(() => 0);
  return { vocabulary, model: fitLogistic(samples, zeros, zeros, variant.penalty, 4000, 1) };
}

function probability(c: PersonCase, { vocabulary, model }: { vocabulary: string[]; model: Model }): number {
  let z = model.bias;
  vocabulary.forEach((f, j) => {
    if (c.features.has(f)) z += model.weights[j];
  });
  return 1 / (1 + Math.exp(-z));
}

type Decision = (c: PersonCase, p: number) => boolean;
interface Tally {
  mentions: Counts[];
  persons: { predicted: number; correct: number; gold: number; found: number };
  added: number;
  removed: number;
}
const newTally = (): Tally => ({
  mentions: [],
  persons: { predicted: 0, correct: 0, gold: 0, found: 0 },
  added: 0,
  removed: 0,
});

/** Scores one held-out article under a decision: leader persons and their mentions. */
function score(doc: GoldDocument, cases: PersonCase[], ps: number[], decide: Decision, tally: Tally): void {
  const leaders = cases.filter((c, i) => decide(c, ps[i]));
  tally.added += leaders.filter((c) => !c.ruleLeader).length;
  tally.removed += cases.filter((c, i) => c.ruleLeader && !decide(c, ps[i])).length;
  // A leader the rules made keeps their mentions; one the model adds brings all its mentions.
  const spans = leaders
    .flatMap((c) => (c.ruleLeader ? c.ruleLeaderMentions : c.mentions))
    .sort((a, b) => a.start - b.start);
  tally.mentions.push(count(spans, doc.goldLeaders));
  tally.persons.predicted += leaders.length;
  tally.persons.correct += leaders.filter((c) => c.goldLeader).length;
  tally.persons.gold += doc.goldLeaderPersons.length;
  tally.persons.found += doc.goldLeaderPersons.filter((g) =>
    spans.some((m) => g.some((s) => overlaps(m, s))),
  ).length;
}

function report(name: string, t: Tally): void {
  const c = addCounts(t.mentions);
  const m = metrics(c);
  const { predicted, correct, gold, found } = t.persons;
  const pp = predicted ? correct / predicted : 1;
  const pr = gold ? found / gold : 1;
  const f = (x: number) => x.toFixed(3);
  console.log(
    `${name.padEnd(46)} mentions P/R/F1 ${f(m.precision)} ${f(m.recall)} ${f(m.f1)}  ` +
      `persons P/R/F1 ${f(pp)} ${f(pr)} ${f(pp + pr ? (2 * pp * pr) / (pp + pr) : 0)}  ` +
      `(+${t.added} / -${t.removed} persons; mentions ${c.matched}/${c.predicted}/${c.gold}, ` +
      `persons ${correct}/${predicted} ${found}/${gold})`,
  );
}

const allCases = docs.filter(isScored).flatMap((d) => casesByDoc.get(d.id)!);
console.log(
  `${docs.length} development documents, ${allCases.length} persons found, ` +
    `${allCases.filter((c) => c.goldLeader).length} of them gold leaders; ` +
    `${allCases.filter((c) => !c.ruleLeader && c.goldLeader).length} gold leaders among the ` +
    `${allCases.filter((c) => !c.ruleLeader).length} persons the rules give no leader office; ` +
    `${docs.filter(isScored).reduce((n, d) => n + d.goldLeaderPersons.length, 0)} gold leader persons` +
    ` (${docs.filter(isScored).length} documents scored${rulesAt ? `, rules of ${rulesAt}` : ''})\n`,
);

const rules = newTally();
for (const doc of docs.filter(isScored)) {
  const cases = casesByDoc.get(doc.id)!;
  score(
    doc,
    cases,
    cases.map(() => 0),
    (c) => c.ruleLeader,
    rules,
  );
}
report('rules alone', rules);

for (const base of VARIANTS) {
  for (const variant of [base, withoutRole(base)]) {
    const decisions: [string, Decision][] = variant.name.endsWith('no role')
      ? [
          ['model alone p>0.5', (_c, p) => p > 0.5],
          ['model alone p>0.8', (_c, p) => p > 0.8],
          ['rules + model adds p>0.8', (c, p) => c.ruleLeader || p > 0.8],
        ]
      : [
          ['rules + model adds p>0.5', (c, p) => c.ruleLeader || p > 0.5],
          ['rules + model adds p>0.3', (c, p) => c.ruleLeader || p > 0.3],
          ['rules, model vetoes p<0.2', (c, p) => c.ruleLeader && p >= 0.2],
        ];
    const tallies = decisions.map(newTally);
    let features = 0;
    for (let k = 0; k < FOLDS; k++) {
      const held = docs.filter((d) => fold(d.id) === k && isScored(d));
      const trained = train(
        docs.filter((d) => fold(d.id) !== k).flatMap((d) => casesByDoc.get(d.id)!),
        variant,
      );
      features += trained.vocabulary.length / FOLDS;
      for (const doc of held) {
        const cases = casesByDoc.get(doc.id)!;
        const ps = cases.map((c) => probability(c, trained));
        decisions.forEach(([, decide], i) => score(doc, cases, ps, decide, tallies[i]));
      }
    }
    console.log(`\n${variant.name} (${features.toFixed(0)} features a fold on average)`);
    decisions.forEach(([name], i) => report(`  ${name}`, tallies[i]));
  }
}
