import { describe, expect, it } from 'vitest';
import { namesBodyBefore } from '../../../analysis/office-bodies';
import { refineKind } from '../../../analysis/offices';
import { findPeople } from '../../../analysis/people';
import { tokenize } from '../../../analysis/tokens';

const leaders = (text: string) => findPeople(text).leaders.map((m) => m.text);
const at = (text: string, word: string) => tokenize(text).findIndex((t) => t.text === word);

describe('bodies whose heads are not leaders (office-bodies)', () => {
  it('reads an acronym the text spells out as a union of one trade', () => {
    const text =
      'The row split the Freedonian Nurses’ Union. Later, FNU president Jane Roe met Prime Minister Ann Lee.';
    expect(namesBodyBefore(tokenize(text), at(text, 'president'))).toBe(true);
    expect(leaders(text)).toEqual(['Ann Lee']);
  });
  it('reads a body of one profession or a minor body further back in the name', () => {
    const text =
      'Riverside Teachers Union President Jane Roe and Chamber of Commerce President John Doe spoke.';
    expect(leaders(text)).toEqual([]);
  });
  it('leaves a party whose name holds a profession alone', () => {
    const text = 'Workers Party leader Jane Roe spoke.';
    expect(namesBodyBefore(tokenize(text), at(text, 'leader'))).toBe(false);
  });
  it('an unexplained acronym is not taken for a minor body', () => {
    const text = 'FBU president Jane Roe spoke.';
    expect(namesBodyBefore(tokenize(text), at(text, 'president'))).toBe(false);
  });
});

describe('titles that another word makes no leader (offices.refineKind)', () => {
  it('"head chef", "Surgeon General", "keynote speaker", "prison governor"', () => {
    for (const [text, word] of [
      ['the head chef Jane Roe', 'head'],
      ['Surgeon General Jane Roe', 'General'],
      ['keynote speaker Jane Roe', 'speaker'],
      ['prison governor Jane Roe', 'governor'],
    ])
      expect(refineKind(tokenize(text), at(text, word), 'leader')).toBe('other');
    const text = 'Fire Chief Jane Roe';
    expect(refineKind(tokenize('Chief Jane Roe'), 0, 'leader')).toBe('leader');
    expect(refineKind(tokenize(text), at(text, 'Chief'), 'leader')).toBe('other');
  });
  it('leaders of a cause, a group or a church, a bureau chief, a chief of staff to a politician', () => {
    for (const [text, word] of [
      ['the protest leader Jane Roe', 'leader'],
      ['civil rights leader Jane Roe', 'leader'],
      ['Washington bureau chief Jane Roe', 'chief'],
      ['a Baptist minister, Jane Roe', 'minister'],
      ['the mayor’s chief of staff, Jane Roe', 'chief'],
    ])
      expect(refineKind(tokenize(text), at(text, word), 'leader')).toBe('other');
    const army = 'Army Chief of Staff Jane Roe';
    expect(refineKind(tokenize(army), at(army, 'Chief'), 'leader')).toBe('leader');
  });
  it('committee chairs and a possessive office in an apposition are not leaders', () => {
    expect(leaders('Jane Roe, chair of the Senate Finance Committee, spoke.')).toEqual([]);
    expect(leaders('Jane Roe, the president’s daughter, spoke.')).toEqual([]);
  });
  it('reads the body of "president and CEO of ...", named in a possessive or before its "of"', () => {
    expect(
      leaders('Jane Roe, president and CEO of the Greater Riverside Chamber of Commerce, said no.'),
    ).toEqual([]);
    expect(leaders('Jane Roe, president and chief executive of Acme Corp, said no.')).toEqual(['Jane Roe']);
    expect(
      leaders('The group’s president, Jane Roe, said no. School Board President John Doe agreed.'),
    ).toEqual([]);
  });
  it('reads the "of" phrase after the whole title of several words ("secretary general of", "chief executive officer of")', () => {
    for (const text of [
      'Jane Roe, secretary general of the Freedonia Nurses Association, said no.',
      'Jane Roe, chief executive officer of the Freedonia Nurses Association, said no.',
    ])
      expect(leaders(text), text).toEqual([]);
    expect(leaders('Jane Roe, secretary general of the United Nations, said no.')).toEqual(['Jane Roe']);
    expect(leaders('Jane Roe, chief executive of energy giant Acme, said no.')).toEqual(['Jane Roe']);
  });
  it('"Mayor-elect" is elected to the office', () => {
    expect(leaders('Mayor-elect Jane Roe said no.')).toEqual(['Jane Roe']);
  });
  it('public bodies below a government, fire and police departments, local chapters are not led by leaders', () => {
    for (const text of [
      'Jane Roe, chair of the Federal Trade Commission, said no.',
      'Jane Roe, the chief of the Riverside Fire Department, said no.',
      'Jane Roe, president of the Riverside NAACP chapter, said no.',
      'Jane Roe, the university’s president, said no.',
      'Jane Roe, the general manager of the hotel, said no.',
      'Jane Roe, a leader in the movement, said no.',
    ])
      expect(leaders(text)).toEqual([]);
    expect(leaders('Jane Roe, president of the European Commission, said no.')).toEqual(['Jane Roe']);
    expect(leaders('The general said so. General Jane Roe commands them.')).toEqual(['Jane Roe']);
  });
  it('the head of a unit at an organisation leads only that unit', () => {
    expect(leaders('said Jane Roe, Head of Equity Research at Acme Securities.')).toEqual([]);
    expect(leaders('said Jane Roe, Vice President of Sales at Acme.')).toEqual([]);
    expect(leaders('said Jane Roe, President of Acme.')).toEqual(['Jane Roe']);
  });
  it('a body an apposition calls small (a start-up, an agency, a service firm) has no leader at its head', () => {
    for (const text of [
      'Jane Roe is the CEO of Zapto, a start-up that sells maps.',
      'Jane Roe, president of Roe & Lee, a Riverton advertising agency, said no.',
      'Jane Roe is the chief executive of RL, the Riverton advertising, public relations and branding firm.',
    ])
      expect(leaders(text), text).toEqual([]);
    expect(leaders('Jane Roe is the CEO of Acme, the carmaker.')).toEqual(['Jane Roe']);
  });
});
