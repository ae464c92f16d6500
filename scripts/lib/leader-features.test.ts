import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis';
import { tokenize } from '../../analysis/tokens';
import { personFeatures } from './leader-features';

/** The features of the first person the analysis finds under `name` in an invented text. */
function featuresOf(text: string, name: string): Set<string> {
  const { leaders, people } = analyze(text);
  const mentions = [...leaders, ...people].filter((m) => m.name === name);
  expect(mentions.length).toBeGreaterThan(0);
  return personFeatures(text, tokenize(text), mentions, mentions[0].role);
}

describe('personFeatures', () => {
  it('reads a capitalised title before the name by its lower-case spelling', () => {
    const f = featuresOf('Yesterday Governor Ann Lee of Freedonia signed the budget bill.', 'Ann Lee');
    expect(f.has('t:governor')).toBe(true);
    expect(f.has('role:leader-title')).toBe(true);
  });

  it('reads the words of an apposition after a comma', () => {
    const f = featuresOf('John Doe, who runs the state utility, said prices would rise.', 'John Doe');
    expect(f.has('a:who')).toBe(true);
    expect(f.has('a:runs')).toBe(true);
  });

  it('reads word classes: a person noun in the apposition, then a place', () => {
    const f = featuresOf('Ann Lee, the interior minister of France, said the border stays open.', 'Ann Lee');
    expect(f.has('c:apposition-actor')).toBe(true);
    expect(f.has('c:apposition-actor-place')).toBe(true);
  });

  // A weekday is a common word compromise knows; names and places are not.
  it('never turns a name or a place into a feature', () => {
    const f = featuresOf('Ann Lee met Bob Smith in Freedonia on Tuesday, said Ann Lee.', 'Ann Lee');
    for (const feature of f) expect(feature).not.toMatch(/freedonia|smith|bob|lee|ann/);
    expect(f.has('role:none')).toBe(true);
  });
});
