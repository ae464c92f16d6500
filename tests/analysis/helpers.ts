import { expect } from 'vitest';
import type { Analysis, Mention, NumericClaim, PersonMention } from '../../analysis/types';

export type Kind = keyof Analysis;
export const KINDS: Kind[] = ['leaders', 'people', 'claims'];

/** The [start, end, text] triples of one kind, in result order. */
export function spansOf(result: Analysis, kind: Kind): [number, number, string][] {
  return result[kind].map((m: Mention) => [m.start, m.end, m.text]);
}

/** The texts of one kind, in result order. */
export function textsOf(result: Analysis, kind: Kind): string[] {
  return result[kind].map((m: Mention) => m.text);
}

/** The one mention of `kind` whose text is `text`; fails the test when there is none. */
export function mentionWithText<K extends Kind>(
  result: Analysis,
  kind: K,
  text: string,
): Analysis[K][number] {
  const found = (result[kind] as Mention[]).filter((m) => m.text === text);
  expect(
    found.map((m) => m.text),
    `${kind} with text ${JSON.stringify(text)} in ${JSON.stringify(textsOf(result, kind))}`,
  ).toContain(text);
  return found[0] as Analysis[K][number];
}

/** The leader mention spanning exactly `text` at its `occurrence`-th position (0-based) in `source`. */
export function leaderAt(
  result: Analysis,
  source: string,
  text: string,
  occurrence = 0,
): PersonMention | undefined {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = source.indexOf(text, start + 1);
    if (start < 0)
      throw new Error(`test bug: ${JSON.stringify(text)} occurs fewer than ${occurrence + 1} times`);
  }
  return result.leaders.find((m) => m.start === start && m.end === start + text.length);
}

/** The claim whose span is exactly the first occurrence of `text` in `source`. */
export function claimAt(result: Analysis, source: string, text: string): NumericClaim | undefined {
  const start = source.indexOf(text);
  if (start < 0) throw new Error(`test bug: ${JSON.stringify(text)} not in source`);
  return result.claims.find((c) => c.start === start && c.end === start + text.length);
}

/**
 * The invariants every answer keeps, whatever the input: integer offsets within bounds,
 * `text.slice(start, end) === mention.text`, non-empty spans, text order, no overlap within a kind,
 * and the field types of the shapes in analysis/types.ts.
 */
export function assertInvariants(text: string, result: Analysis): void {
  expect(result).toBeTypeOf('object');
  assertNoPersonInClaim(result);
  for (const kind of KINDS) {
    const list = result[kind] as Mention[];
    expect(Array.isArray(list), `${kind} is an array`).toBe(true);
    let prevEnd = 0;
    let prevStart = -1;
    for (const m of list) {
      const shown = m.text.length > 80 ? `${m.text.slice(0, 40)}…${m.text.slice(-40)}` : m.text;
      const where = `${kind} ${JSON.stringify(shown)} [${m.start}, ${m.end})`;
      expect(Number.isInteger(m.start), `${where}: integer start`).toBe(true);
      expect(Number.isInteger(m.end), `${where}: integer end`).toBe(true);
      expect(m.start, `${where}: start >= 0`).toBeGreaterThanOrEqual(0);
      expect(m.end, `${where}: end <= length`).toBeLessThanOrEqual(text.length);
      expect(m.end, `${where}: non-empty`).toBeGreaterThan(m.start);
      expect(text.slice(m.start, m.end), `${where}: slice equals text`).toBe(m.text);
      expect(m.start, `${where}: sorted`).toBeGreaterThanOrEqual(prevStart);
      expect(m.start, `${where}: no overlap with previous ${kind}`).toBeGreaterThanOrEqual(prevEnd);
      prevStart = m.start;
      prevEnd = m.end;
      if (kind === 'claims') {
        const c = m as NumericClaim;
        expect(Number.isFinite(c.value), `${where}: finite value`).toBe(true);
        expect(typeof c.unit, `${where}: unit`).toBe('string');
        expect(typeof c.normalizedUnit, `${where}: normalizedUnit`).toBe('string');
        if (c.high !== undefined) expect(c.high, `${where}: high above value`).toBeGreaterThan(c.value);
      } else {
        const p = m as PersonMention;
        expect(typeof p.name, `${where}: name`).toBe('string');
        expect(p.name.length, `${where}: non-empty name`).toBeGreaterThan(0);
        expect(p.role === null || typeof p.role === 'string', `${where}: role`).toBe(true);
      }
    }
  }
}

/** Leader (and person) spans never overlap claim spans: the marks, the badge and the popup's counts agree. */
function assertNoPersonInClaim(result: Analysis): void {
  if (!Array.isArray(result.claims) || !Array.isArray(result.leaders) || !Array.isArray(result.people))
    return;
  const persons = [...result.leaders, ...result.people].sort((a, b) => a.start - b.start);
  let p = 0;
  for (const claim of result.claims) {
    while (p < persons.length && persons[p].end <= claim.start) p++;
    const person = persons[p];
    if (person && person.start < claim.end)
      expect.fail(`claim ${JSON.stringify(claim.text)} overlaps person ${JSON.stringify(person.text)}`);
  }
}
