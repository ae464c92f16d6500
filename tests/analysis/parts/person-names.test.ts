import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../analysis/people';
import { findPhrases, isByline, isNameLike } from '../../../analysis/person-names';
import { tokenize } from '../../../analysis/tokens';

describe('finding names (person-names)', () => {
  it('joins capitalised words, particles and initials into one phrase', () => {
    const text = 'On Monday, Ursula von der Leyen met George W. Bush.';
    const tokens = tokenize(text);
    const phrases = findPhrases(text, tokens).map((p) => p.tokens.map((i) => tokens[i].text).join(' '));
    expect(phrases).toContain('Ursula von der Leyen');
    expect(phrases.some((p) => p.startsWith('George W'))).toBe(true);
  });
  it('tells names from places, organisations and common words', () => {
    expect(isNameLike(['Jane', 'Roe'], false)).toBe(true);
    expect(isNameLike(['Security', 'Council'], false)).toBe(false);
    expect(isNameLike(['France'], true)).toBe(false);
  });
  it('tells bylines', () => {
    expect(isByline('By Jane Roe and John Doe\nText', 3)).toBe(true);
  });
  it('ends a name before the verb a title-case headline capitalises, only in a headline', () => {
    const text =
      'Freedonia Premier Okoro Arrested in Miami on Fraud Charges\n\nAda Okoro was held on Monday.';
    expect(findPeople(text).leaders.map((m) => m.text)).toEqual(['Okoro', 'Ada Okoro']);
  });
  it('does not take a sentence-opening adverb before a comma for a name', () => {
    const text = 'Currently, the head of the Freedonian government is abroad.';
    const { leaders, people } = findPeople(text);
    expect([...leaders, ...people]).toEqual([]);
  });
  it('no person in an embedded post\'s signature line, a firm joined by "&", or a venue or place', () => {
    const text = 'Gov. Jane Roe posted it. — Governor Jane Roe (@janeroe) November 18, 2019 Roe later spoke.';
    expect(findPeople(text).leaders.map((m) => m.text)).toEqual(['Jane Roe', 'Roe']);
    // Nor does the name there take an office from the text around it: "The former vice president" after it
    // points back to no one.
    const signed =
      'Jane Adu spoke on Monday. Thanks to all! — Adu (@jane_adu) November 18, 2019\nThe former vice president had a lead. Adu later spoke.';
    expect(findPeople(signed).leaders).toEqual([]);
    expect(
      findPeople('said Ann Lee, division vice president, Acme Sales & Marketing at Acme.').leaders,
    ).toEqual([]);
    for (const text of [
      'The show moves to the Jane Roe Pavilion in May.',
      'The private equity firm Roe Capital bought it.',
      'According to the Argus Leader of Riverton Falls, the plan failed.',
    ])
      expect(findPeople(text).leaders.concat(findPeople(text).people), text).toEqual([]);
  });
});
