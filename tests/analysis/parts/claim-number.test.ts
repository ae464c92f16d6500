import { describe, expect, it } from 'vitest';
import { readNumberPhrase } from '../../../analysis/claim-number';
import { findNumericClaims } from '../../../analysis/claims';
import { tokenize } from '../../../analysis/tokens';

/** Reads the number phrase at the first token of `word` in `text`. */
function readAt(text: string, word: string) {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.text === word);
  const phrase = readNumberPhrase(text, tokens, i);
  return phrase && { ...phrase, text: text.slice(tokens[phrase.first].start, tokens[phrase.after - 1].end) };
}

describe('reading a number (claim-number)', () => {
  it('reads digits with a scale word and the qualifier before a currency sign', () => {
    expect(readAt('They spent nearly $1.5 billion on it.', '1.5')).toMatchObject({
      value: 1.5e9,
      text: 'nearly $1.5 billion',
    });
  });
  it('reads number words and a hyphenated unit', () => {
    expect(
      readAt('It took twenty-one days.', 'twenty-one')?.value ??
        readAt('It took twenty one days.', 'twenty')?.value,
    ).toBe(21);
    expect(readAt('a 52-year-old farmer', '52')).toMatchObject({ value: 52, unit: { text: 'year-old' } });
  });
  it('reads the start of a range', () => {
    expect(readAt('between 400 and 600 breaks', '600')?.text).toBe('between 400 and 600');
  });
  it('leaves out codes, dates and labels', () => {
    expect(readAt('on 2022-07-20 at noon', '2022')).toBeUndefined();
    expect(readAt('turn to page 5 now', '5')).toBeUndefined();
    expect(readAt('on July 20 they met', '20')).toBeUndefined();
  });
  it('reads tallies at a sentence end, heights, and a figure after a weekday or a headline preposition', () => {
    const claims = (text: string) => findNumericClaims(text).map((c) => c.text);
    expect(claims('The visitors went 2-for-10. The hosts shot 10-for-27.')).toEqual([
      '2-for-10',
      '10-for-27',
    ]);
    expect(claims('They turned to the 7-foot-3 centre.')).toEqual(['7-foot-3']);
    expect(claims('Agents found Sunday 475 pounds of cocaine.')).toEqual(['475 pounds']);
    expect(claims('Boat Seized With 475 Pounds of Cocaine on Board')).toEqual(['475 Pounds']);
  });
  it('reads "thousands upon thousands of" as one vague amount', () => {
    expect(findNumericClaims('with thousands upon thousands of sellers, more')).toMatchObject([
      { text: 'thousands upon thousands of sellers', value: 1000, approximate: true },
    ]);
  });
  it('keeps "Celsius" with its degrees and a record before a team name short', () => {
    const claims = (text: string) => findNumericClaims(text).map((c) => c.text);
    expect(claims('Warming of 1.5 to 2 degrees Celsius is likely.')).toEqual(['1.5 to 2 degrees Celsius']);
    expect(claims('They hosted the 5-1 Riverside Hawks on Friday.')).toEqual(['5-1']);
  });
  it('reads a decimal read out in words, with its sign', () => {
    expect(findNumericClaims('It fell to negative six-point-six degrees Celsius overnight.')).toMatchObject([
      { text: 'negative six-point-six degrees Celsius', value: -6.6 },
    ]);
  });
  it('reads a ratio in words as a fraction', () => {
    expect(findNumericClaims('Only one in five thought so; two out of three did not.')).toMatchObject([
      { text: 'Only one in five', value: 0.2 },
      { text: 'two out of three', value: 2 / 3 },
    ]);
    expect(findNumericClaims('It was one in 2019 and one in the morning.')).toEqual([]);
  });
  it('keeps the measure of "500-metre-wide" and feet and inches in one word', () => {
    const claims = (text: string) => findNumericClaims(text).map((c) => [c.text, c.value]);
    expect(claims('a 500-metre-wide dish')).toEqual([['500-metre', 500]]);
    expect(claims('the 7-foot-3 centre')).toEqual([['7-foot-3', 7.25]]);
    expect(claims('a 10-2 jury verdict after 5-10 years')).toEqual([
      ['10-2', 10],
      ['5-10 years', 5],
    ]);
  });
  it('reads a sports margin joined by a hyphen ("a two-goal lead", "a 10-run win")', () => {
    const texts = (text: string) => findNumericClaims(text).map((c) => c.text);
    expect(texts('It was a two-goal lead. A 10-run win. A three-stroke lead.')).toEqual([
      'two-goal',
      '10-run',
      'three-stroke',
    ]);
  });
  it('reads a number joined to any noun by a hyphen before what it counts or measures', () => {
    const claims = (text: string) => findNumericClaims(text).map((c) => c.text);
    expect(claims('A four-cylinder engine replaced the 1.6-litre one.')).toEqual([
      'four-cylinder',
      '1.6-litre',
    ]);
    expect(claims('The three-time champion starts a 40-date tour with five-spoke wheels.')).toEqual([
      'three-time',
      '40-date',
      'five-spoke',
    ]);
    for (const text of [
      'a one-off payment',
      'a one-time payment',
      'a two-way street',
      'the one-two punch',
      'the two-state solution',
      'a 3-pointer',
    ])
      expect(claims(text), text).toEqual([]);
    expect(claims('a $23-million centre')).toEqual(['$23-million']);
  });
  it('reads "a" with a unit of time after a bound or with a part, not alone', () => {
    const claims = (text: string) => findNumericClaims(text).map((c) => c.text);
    expect(claims('It ran for more than a decade, then about a month.')).toEqual([
      'more than a decade',
      'about a month',
    ]);
    expect(claims('A half century on, and nearly a quarter century later.')).toEqual([
      'A half century',
      'nearly a quarter century',
    ]);
    expect(claims('It lasted over a year and a half.')).toEqual(['over a year and a half']);
    expect(findNumericClaims('It lasted over a year and a half.')[0].value).toBe(1.5);
    expect(claims('It came a week after the vote, a day later.')).toEqual([]);
  });
  it('reads a currency written as a code before the amount, a unit with a capital, and ranges of percentages', () => {
    const claims = (text: string) => findNumericClaims(text).map((c) => c.text);
    expect(claims('A session costs Rs 250, or Rs. 300 with a mask, or INR 5,000 a month.')).toEqual([
      'Rs 250',
      'Rs. 300',
      'INR 5,000 a month',
    ]);
    expect(findNumericClaims('It costs Rs 250.')[0].normalizedUnit).toBe('INR');
    expect(claims('The engine makes 180 Nm and 300 hp.')).toEqual(['180 Nm', '300 hp']);
    expect(claims('They breathe 70% to 80% oxygen, between 5% and 6% more.')).toEqual([
      '70% to 80%',
      'between 5% and 6%',
    ]);
    expect(claims('It rose from 5% to 6%.')).toEqual(['5%', '6%']);
  });
  it('reads a price per unit written with a slash ("$0.06/kWh"), not a fraction or "24/7"', () => {
    const claims = (text: string) => findNumericClaims(text).map((c) => c.text);
    expect(claims('Power costs around $0.23/W today, or $0.06/kWh.')).toEqual([
      'around $0.23/W',
      '$0.06/kWh',
    ]);
    expect(claims('It is open 24/7 and costs $3/4 less.')).toEqual([]);
  });
  it('reads a hyphenated range with its percent or unit of measure ("30-60 per cent", "30-600 MW")', () => {
    const claims = (text: string) => findNumericClaims(text).map((c) => c.text);
    expect(claims('Costs fell 30-60 per cent and 10-15% in plants of 30-600 MW weighing 2-3 kg.')).toEqual([
      '30-60 per cent',
      '10-15%',
      '30-600 MW',
      '2-3 kg',
    ]);
    const range = findNumericClaims('Costs fell 30-60 per cent.')[0];
    expect([range.value, range.high, range.normalizedUnit]).toEqual([30, 60, '%']);
    // A score before a team or a singular noun still ends at the score.
    expect(claims('The 5-1 Hawks won a 10-2 jury verdict.')).toEqual(['5-1', '10-2']);
  });
});
