import { describe, expect, it } from 'vitest';
import { findHead } from '../../../analysis/claim-head';
import { findNumericClaims } from '../../../analysis/claims';
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
  it('takes a figure whose noun was said before: after a verb, an amount\'s "of", or as a subject', () => {
    const claims = (text: string) => findNumericClaims(text).map((c) => c.text);
    expect(claims('The count on Friday was 777 - down from a record high of 799 the day before.')).toEqual([
      '777',
      '799',
    ]);
    expect(claims('Of the ten towns, seven are also on the list.')).toEqual(['ten towns', 'seven']);
    expect(claims('It has hotels all over, including four in Ohio.')).toEqual(['four']);
    expect(claims('The team was 5 points ahead and the plan is one of many.')).toEqual(['5 points']);
  });
  it('ends at a singular unit that describes the noun after it, not at a counted noun', () => {
    const claims = (text: string) => findNumericClaims(text).map((c) => c.text);
    expect(claims('Buyers can get 20 terabyte hard drives now.')).toEqual(['20 terabyte']);
    expect(claims('It spans a 49.7 million square kilometer forest zone.')).toEqual([
      '49.7 million square kilometer',
    ]);
    expect(claims('They fired seven cruise missiles.')).toEqual(['seven cruise missiles']);
  });
  it('steps over a comparison between the number and its noun, and keeps a spaced currency prefix', () => {
    const claims = (text: string) => findNumericClaims(text).map((c) => c.text);
    expect(claims('Two more people were hurt on Friday.')).toEqual(['Two more people']);
    expect(claims('The fund holds just over US $1.4 billion.')).toEqual(['just over US $1.4 billion']);
  });
  it('runs a partitive on past a number written in words', () => {
    expect(findNumericClaims('It predicted the choices of four of the five participants.')).toMatchObject([
      { text: 'four of the five participants', value: 4 },
    ]);
  });
  it('takes a plural possessive as the counted noun ("six months\' time")', () => {
    const claims = (text: string) => findNumericClaims(text).map((c) => c.text);
    expect(claims("The watchdog expires in less than six months' time.")).toEqual(['less than six months']);
    expect(claims('Staff were given two weeks’ notice.')).toEqual(['two weeks']);
    expect(claims("She brings 20 years' experience to the post.")).toEqual(['20 years']);
  });
  it('ends at a preposition the tagger files as an adjective ("over", "under", "near")', () => {
    const claims = (text: string) => findNumericClaims(text).map((c) => c.text);
    expect(claims('He led one Commons rebellion over farm standards.')).toEqual(['one Commons rebellion']);
    expect(claims('They found one Tory rebellion over food.')).toEqual(['one Tory rebellion']);
    expect(claims('It keeps one house near the coast.')).toEqual(['one house']);
  });
  it('takes a plural noun in quotes right after the number, quotes and all', () => {
    expect(
      findNumericClaims('The screen showed two “choice targets” – left or right.').map((c) => c.text),
    ).toEqual(['two “choice targets”']);
  });
  it("takes a headline's opening number as a count of the people it is about", () => {
    const claims = (text: string) => findNumericClaims(text).map((c) => c.text);
    expect(claims('Two More Gunned Down In Nassau\n\nTWO men were killed yesterday.')).toEqual([
      'Two',
      'TWO men',
    ]);
    expect(claims('Three Dead In Highway Crash\n\nPolice said so.')).toEqual(['Three']);
    // Not in running text, where the noun may follow later.
    expect(claims('Two more were hurt in the blast.')).toEqual([]);
  });
  it('reads a noun the tagger took for a verb after "1" at the clause\'s end ("1 save.", "1 tackle, 4 assists")', () => {
    const found = (text: string) => findNumericClaims(text).map((c) => c.text);
    expect(found('He made 1 save. Lee had 1 tackle, 4 assists and 1 block.')).toEqual([
      '1 save',
      '1 tackle',
      '4 assists',
      '1 block',
    ]);
    // Not a figure in words, which can be the pronoun ("one say"), nor a verb before its object.
    expect(found('Not one say so. They 1 save the day.')).toEqual([]);
  });
});
