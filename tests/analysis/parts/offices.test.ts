import { describe, expect, it } from 'vitest';
import { appositionAfter, refineKind, titleBefore } from '../../../analysis/offices';
import { tokenize } from '../../../analysis/tokens';

const index = (text: string, word: string) => tokenize(text).findIndex((t) => t.text === word);

describe('offices (offices)', () => {
  it('reads a lower-case title before a name', () => {
    const text = 'the Freedonian president, Jane Roe, said';
    expect(titleBefore(text, tokenize(text), index(text, 'Jane'))).toMatchObject({ kind: 'leader' });
  });
  it('an office sought is not held: "their nominee for governor, X", "a bid for mayor"', () => {
    for (const [text, word] of [
      ['their nominee for governor, Jane Roe, lost', 'governor'],
      ['her bid for lieutenant governor failed', 'governor'],
      ['who ran for mayor in 2019', 'mayor'],
    ])
      expect(refineKind(tokenize(text), index(text, word), 'leader'), text).toBe('other');
    const text = 'their nominee for governor, Jane Roe, lost';
    expect(titleBefore(text, tokenize(text), index(text, 'Jane'), true)?.kind).not.toBe('leader');
    const held = 'who voted for governor Jane Roe';
    expect(refineKind(tokenize(held), index(held, 'governor'), 'leader')).toBe('leader');
  });
  it('reads a role in an apposition after a name', () => {
    const text = 'Jane Roe, the Freedonian finance minister, said';
    expect(appositionAfter(text, tokenize(text), index(text, 'Roe'))).toMatchObject({
      kind: 'leader',
      role: 'the Freedonian finance minister',
    });
  });
  it('demotes heads of a unit and press secretaries', () => {
    const text = 'the press secretary said';
    expect(refineKind(tokenize(text), index(text, 'secretary'), 'leader')).toBe('other');
    const unit = 'the head of the department';
    expect(refineKind(tokenize(unit), index(unit, 'head'), 'leader')).toBe('other');
  });
  it('reads a capitalised office in an apposition opened by "the", not a possessive', () => {
    const text = 'Even John Doe, the current Environment Secretary, agreed.';
    expect(appositionAfter(text, tokenize(text), index(text, 'Doe'))).toMatchObject({ kind: 'leader' });
    const niece = 'Even Jane Roe, the President’s niece, agreed.';
    // The office is the President's; she is his niece, no leader.
    expect(appositionAfter(niece, tokenize(niece), index(niece, 'Roe'))).toMatchObject({ kind: 'other' });
  });
});
