import { describe, expect, it } from 'vitest';
import { scoreGoldSet } from '../scripts/lib/gold-set';
import { metrics } from '../scripts/lib/score';

// The same scoring as `npm run eval`, held to the goals: on the bundled sources F1 >= 0.97 and
// exact-span F1 >= 0.9; on the hand-annotated corpus articles of the development set F1 >= 0.9.
describe('accuracy against hand annotations', () => {
  it('meets the goals on the bundled source texts', () => {
    const { leaders, claims } = scoreGoldSet('tests/fixtures/gold', 'assets/sources');
    for (const counts of [leaders, claims]) {
      const m = metrics(counts);
      expect(m.f1).toBeGreaterThanOrEqual(0.97);
      expect(m.exactF1).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('generalises to other real news articles (development set)', () => {
    const { leaders, claims } = scoreGoldSet('tests/fixtures/dev-gold', 'tests/fixtures/dev-gold');
    expect(metrics(leaders).f1).toBeGreaterThanOrEqual(0.9);
    expect(metrics(claims).f1).toBeGreaterThanOrEqual(0.9);
  });
});
