import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../analysis/people';

describe('offices stated with "as" (offices-as)', () => {
  it('gives the office to the subject a pronoun takes up', () => {
    const text = 'Jane Roe came back. By 2019, as Senate majority leader, she blocked the bill.';
    expect(findPeople(text).leaders.map((m) => m.text)).toEqual(['Jane Roe']);
  });
  it('gives the office to the name right before the phrase', () => {
    const text = 'John Mensah, as finance minister, cut spending.';
    expect(findPeople(text).leaders.map((m) => m.text)).toEqual(['John Mensah']);
  });
  it('reads an office stated by "to serve as" after where the person is from, for a name no rule knew', () => {
    const text =
      'Amina Okonkwo of Riverside, Maine, was the first Somali American to serve as mayor of a US city.';
    expect(findPeople(text).leaders.map((m) => m.text)).toEqual(['Amina Okonkwo']);
  });
  it('reads an office in a relative clause after the name', () => {
    expect(
      findPeople('Jane Roe, who became prime minister in 2019, spoke.').leaders.map((m) => m.text),
    ).toEqual(['Jane Roe']);
  });
  it('keeps an unknown name with no office out', () => {
    const text = 'Amina Okonkwo of Riverside, Maine, was the first to arrive.';
    expect(findPeople(text).leaders).toEqual([]);
  });
  it('reads "served as", "Ex-president" and "Former PM"', () => {
    const leaders = (text: string) => findPeople(text).leaders.map((m) => [m.text, m.role]);
    expect(leaders('Jane Roe, who served as governor from 2003 to 2011, said no.')).toEqual([
      ['Jane Roe', 'governor'],
    ]);
    expect(leaders('Ex-president Jane Roe met Former PM John Doe.')).toEqual([
      ['Jane Roe', 'Ex-president'],
      ['John Doe', 'Former PM'],
    ]);
    expect(leaders('Jane Roe served as an adviser to the president.')).toEqual([]);
  });
});
