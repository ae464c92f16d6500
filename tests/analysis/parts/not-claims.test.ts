import { describe, expect, it } from 'vitest';
import { isDateOrTime, isLabel } from '../../../analysis/not-claims';
import { tokenize } from '../../../analysis/tokens';
import { findNumericClaims } from '../../../analysis/claims';

const claimsIn = (text: string) => findNumericClaims(text).map((c) => c.text);

describe('what is not a claim (not-claims)', () => {
  it('tells days of a month and times of day', () => {
    const tokens = tokenize('on July 20 at 6 pm');
    const at = (w: string) => tokens.findIndex((t) => t.text === w);
    expect(isDateOrTime('on July 20 at 6 pm', tokens, at('20'), at('20') + 1, 20)).toBe(true);
    expect(isDateOrTime('on July 20 at 6 pm', tokens, at('6'), at('6') + 1, 6)).toBe(true);
  });
  it('tells labels', () => {
    const tokens = tokenize('see page 5');
    expect(isLabel(tokens, 2, 2)).toBe(true);
  });
  it('leaves years, debt instruments and idiomatic "one" out of the claims', () => {
    expect(claimsIn('In 2014 the rebels came back.')).toEqual([]);
    expect(claimsIn('The 10-year Treasury note yield rose.')).toEqual([]);
    expect(claimsIn('One day it will rain.')).toEqual([]);
  });
  it('leaves out days of a month written as a range and a point marked along the way', () => {
    expect(claimsIn('The summit is to be held June 6-10 in Lima.')).toEqual([]);
    expect(claimsIn('At about the 50-second mark, he turns.')).toEqual([]);
  });
  it('leaves out "One" that picks one of several out and "one" naming a speaker', () => {
    expect(claimsIn('Two groups met. One group of organizers left early.')).toEqual(['Two groups']);
    expect(claimsIn('Two men were hurt. One man was killed.')).toEqual(['Two men', 'One man']);
    expect(claimsIn('"It is wrong," said one resident.')).toEqual([]);
    expect(claimsIn('At least one person was hurt.')).toEqual(['At least one person']);
  });
  it('leaves out a casualty "One" that "the second" or "the other" shows was picked from a group', () => {
    expect(
      claimsIn('Three men were shot. One victim died in the street while the second victim died later.'),
    ).toEqual(['Three men']);
    expect(claimsIn('Two guards were attacked. One guard was killed, the other was hurt.')).toEqual([
      'Two guards',
    ]);
    expect(claimsIn('One person was killed and another was hurt.')).toEqual(['One person']);
  });
  it('leaves out a kind of shot named by its worth, but keeps a margin of points', () => {
    expect(claimsIn('They went 0-for-9 from three-point range and missed a 3-point shot.')).toEqual([
      '0-for-9',
    ]);
    expect(claimsIn('They held a three-point lead.')).toEqual(['three-point']);
  });
  it('leaves out a year that names the plural events after it', () => {
    expect(claimsIn('He does not think raising 2016 elections is right.')).toEqual([]);
    expect(claimsIn('She ran in the 2008 Olympics.')).toEqual([]);
    expect(claimsIn('The club sold 2016 tickets.')).toEqual(['2016 tickets']);
  });
  it('a one-digit thousand with no currency names a picture format ("4K", "8K"); "$5K" and "40K units" count', () => {
    const claims = (text: string) => findNumericClaims(text).map((c) => c.text);
    expect(claims('It plays in native 4K on a 4K TV, not 8k.')).toEqual([]);
    expect(claims('She earned $5K and sold 40K units.')).toEqual(['$5K', '40K units']);
    expect(claims('The petition drew 7k signatures.')).toEqual(['7k signatures']);
  });
  it('tells a nickname of a number and a noun, also where the text writes it in lower case', () => {
    expect(
      claimsIn('Envoys known as the “Three Amigos” met in July. Later the three amigos flew home.'),
    ).toEqual([]);
    expect(claimsIn('The Three Musketeers of the council voted, and three members left.')).toEqual([
      'three members',
    ]);
  });
});
