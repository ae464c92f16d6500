import { describe, expect, it } from 'vitest';
import { scoreGoldSet } from '../scripts/lib/gold-set';
import { readFileSync } from 'node:fs';
import { addCounts, metrics } from '../scripts/lib/score';

const FIFTH_ROUND = new Set(
  (JSON.parse(readFileSync('tests/fixtures/articles/rounds.json', 'utf8')) as Record<string, string[]>)['5'],
);

// The same scoring as `npm run eval`, held to goals on the sets rules may be tuned on: the bundled
// sources, the old development set and the development part of the annotated articles. The test part
// is scored and reported only: holding it to a goal here would put tuning pressure on it.
describe('accuracy against hand annotations', () => {
  it('meets the goals on the bundled source texts', () => {
    const { leaders, claims } = scoreGoldSet('tests/fixtures/gold', 'assets/sources');
    for (const counts of [leaders, claims]) {
      const m = metrics(counts);
      expect(m.f1).toBeGreaterThanOrEqual(0.97);
      expect(m.exactF1).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('meets the goals on the old development set (6 articles)', () => {
    const { leaders, claims } = scoreGoldSet('tests/fixtures/dev-gold', 'tests/fixtures/dev-gold');
    for (const counts of [leaders, claims]) {
      const m = metrics(counts);
      expect(m.f1).toBeGreaterThanOrEqual(0.95);
      expect(m.exactF1).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('meets the goals on the development part of the annotated articles (100 articles)', () => {
    const dev = 'tests/fixtures/articles/dev';
    const { documents, leaders, claims } = scoreGoldSet(dev, dev);
    expect(documents.length).toBe(100);
    for (const counts of [leaders, claims]) {
      const m = metrics(counts);
      expect(m.f1).toBeGreaterThanOrEqual(0.95);
      expect(m.exactF1).toBeGreaterThanOrEqual(0.9);
    }
  });

  // The fifth round's 22 development articles (stat tables and box scores among them) are reported apart:
  // their leaders are held to the goal, their claims (0.84 before any rule saw them) only reported.
  it('reports the fifth round of the development part', () => {
    const dev = 'tests/fixtures/articles/dev';
    const fifth = scoreGoldSet(dev, dev).documents.filter((d) => FIFTH_ROUND.has(d.id));
    expect(fifth.length).toBe(22);
    const m = (kind: 'leaders' | 'claims') => metrics(addCounts(fifth.map((d) => d[kind])));
    console.log(
      `fifth round: leaders F1 ${m('leaders').f1.toFixed(3)}, claims F1 ${m('claims').f1.toFixed(3)}`,
    );
    expect(m('leaders').f1).toBeGreaterThanOrEqual(0.95);
  });

  it('reports the test part without holding it to a goal', () => {
    const test = 'tests/fixtures/articles/test';
    const { documents, leaders, claims } = scoreGoldSet(test, test);
    const line = (kind: string, m: ReturnType<typeof metrics>) =>
      `${kind}: P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)} F1 ${m.f1.toFixed(3)} exact ${m.exactF1.toFixed(3)}`;
    console.log(
      `test part, ${documents.length} articles: ${line('leaders', metrics(leaders))}; ${line('claims', metrics(claims))}`,
    );
    expect(documents.length).toBeGreaterThan(0);
  });
});
