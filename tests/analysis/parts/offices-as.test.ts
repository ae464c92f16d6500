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
});
