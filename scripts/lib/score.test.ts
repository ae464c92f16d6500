import { describe, expect, it } from 'vitest';
import { addPersonCounts, count, countPersons, metrics, personMetrics, type NamedSpan } from './score';

const at = (start: number, end: number, name: string): NamedSpan => ({ start, end, name });

describe('mention scoring', () => {
  it('matches overlapping spans one to one, and exact spans apart', () => {
    const c = count(
      [
        { start: 0, end: 5 },
        { start: 10, end: 14 },
      ],
      [
        { start: 2, end: 5 },
        { start: 10, end: 14 },
        { start: 20, end: 25 },
      ],
    );
    expect(c).toEqual({ predicted: 2, gold: 3, matched: 2, exact: 1 });
    expect(metrics(c).recall).toBeCloseTo(2 / 3);
  });
});

describe('leader person scoring', () => {
  it('finds a gold person when any one of its mentions overlaps a predicted leader', () => {
    // Gold: Jane Roe at 0 and 40 (the second found), John Doe at 60 (missed).
    const gold = [at(0, 8, 'Jane Roe'), at(40, 43, 'Jane Roe'), at(60, 68, 'John Doe')];
    const predicted = [at(40, 43, 'Jane Roe')];
    expect(countPersons(predicted, gold)).toEqual({ predicted: 1, gold: 2, found: 1, right: 1 });
  });

  it('counts a predicted person right when any of its mentions overlaps a gold leader mention', () => {
    const gold = [at(0, 8, 'Jane Roe')];
    // "Roe" (right: overlaps gold) and "Ann Lee" twice (wrong: no gold leader there).
    const predicted = [at(5, 8, 'Jane Roe'), at(20, 27, 'Ann Lee'), at(30, 33, 'Ann Lee')];
    const c = countPersons(predicted, gold);
    expect(c).toEqual({ predicted: 2, gold: 1, found: 1, right: 1 });
    const m = personMetrics(c);
    expect(m.precision).toBe(0.5);
    expect(m.recall).toBe(1);
    expect(m.f1).toBeCloseTo(2 / 3);
  });

  it('adds persons up per document, and scores empty sides as the mention figures do', () => {
    const one = countPersons([at(0, 3, 'A')], [at(0, 3, 'A')]);
    const two = countPersons([], [at(0, 3, 'B'), at(9, 12, 'C')]);
    expect(addPersonCounts([one, two])).toEqual({ predicted: 1, gold: 3, found: 1, right: 1 });
    expect(personMetrics(countPersons([], []))).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(personMetrics(two)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
