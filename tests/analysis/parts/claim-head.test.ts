import { describe, expect, it } from 'vitest';
import { findHead } from '../../../analysis/claim-head';
import { tagWindows } from '../../../analysis/tagger';

/** The head noun found in the words after the number and its scale at the start of `text`. */
function headAfter(text: string, value: number): string | undefined {
  const from = text.indexOf(' ', text.indexOf(' ') + 1);
  const [terms] = tagWindows(text, [{ start: 0, end: text.length, from }]);
  return findHead(terms, value)?.text;
}

describe('the head noun of a claim (claim-head)', () => {
  it('ends at the head noun, not at what follows "of"', () => {
    expect(headAfter('22 million tonnes of grain', 22e6)).toBe('tonnes');
  });
  it('takes the last noun of a run of adjectives and nouns', () => {
    expect(headAfter('seven new cruise missiles were fired', 7)).toBe('missiles');
  });
  it('takes a plural that looks like a verb right after a number', () => {
    expect(headAfter('700 more volunteers joined the crews', 700)).toBe('volunteers');
  });
  it('finds no head before a verb or a name', () => {
    expect(headAfter('12 more said they would', 12)).toBeUndefined();
  });
});
