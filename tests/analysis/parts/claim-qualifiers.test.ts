import { describe, expect, it } from 'vitest';
import { findNumericClaims } from '../../../analysis/claims';

const claims = (text: string) => findNumericClaims(text).map((c) => c.text);

describe('the qualifier of a claim (claim-qualifiers)', () => {
  it('keeps a bound or an approximator before a number or a range', () => {
    expect(claims('Temperatures must not rise more than 1.5 to 2 degrees Celsius.')).toEqual([
      'more than 1.5 to 2 degrees Celsius',
    ]);
    expect(claims('Prices rose over 25 percent last year.')).toEqual(['over 25 percent']);
    expect(claims('At least two civilians died.')).toEqual(['At least two civilians']);
  });
  it('keeps a spoken "like" that means "about", and marks the amount approximate', () => {
    expect(claims('"It\'s like 60% black," she said.')).toEqual(['like 60%']);
    expect(findNumericClaims('There were something like 300 people outside.')).toMatchObject([
      { text: 'like 300 people', approximate: true },
    ]);
    expect(claims('Towns like 40 others had floods.')).toEqual(['40 others']);
    expect(claims('The final number looks more like 60,000.')).toEqual(['60,000']);
  });
  it('reads "over" after a noun that takes it as the preposition, not a bound', () => {
    expect(claims('They hold land rights over 25 percent of the world’s land surface.')).toEqual([
      '25 percent',
    ]);
    expect(claims('The army seized control over 40 villages.')).toEqual(['40 villages']);
  });
  it('ends a percentage at its sign or "percent", not at what it is a share of', () => {
    expect(claims('She won 58% of the vote.')).toEqual(['58%']);
    expect(claims('Some 68 per cent of people agreed.')).toEqual(['Some 68 per cent']);
  });
  it('keeps "between" before a spoken "X to Y" range and "much more than"', () => {
    expect(claims('It has between four to six services.')).toEqual(['between four to six services']);
    expect(claims('It costs much more than $30 billion a year.')).toEqual([
      'much more than $30 billion a year',
    ]);
  });
  it('keeps the tiebreak points of a set score', () => {
    expect(claims('She won 7-6 (5), 6-7 (4) on Friday.')).toEqual(['7-6 (5)', '6-7 (4)']);
  });
  it('keeps a bound said with a preposition ("below", "within") or "all but", not a threshold "above"', () => {
    expect(claims('Sales stayed below 6 percent and must clear within 10 days.')).toEqual([
      'below 6 percent',
      'within 10 days',
    ]);
    expect(claims('All but four have now been released.')).toEqual(['All but four']);
    expect(claims('Noise above 85 decibels harms hearing.')).toEqual(['85 decibels']);
  });
});
