import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../analysis/people';

const leaders = (text: string) => findPeople(text).leaders.map((m) => m.text);

describe('offices stated by a description that takes up the person named (offices-described)', () => {
  it('gives the office of "the former vice president" to the person named just before', () => {
    const text = 'The stakes are high for Jane Roe.\n\nThe former vice president had a lead. Roe said so.';
    expect(leaders(text)).toEqual(['Jane Roe', 'Roe']);
    expect(findPeople(text).leaders[0].role).toBe('former vice president');
  });
  it('reads a possessive description after a clause opener', () => {
    const text =
      'This is not the welcome John Q. Doe expected. No, the former Springfield mayor’s debut was rough.';
    expect(leaders(text)).toEqual(['John Q. Doe']);
  });
  it('leaves the office alone when two people are named before it', () => {
    expect(leaders('Jane Roe met John Doe on Monday. The former president said no.')).toEqual([]);
  });
  it('leaves a bare "the mayor", most often the office holder, not the person just named', () => {
    expect(leaders('Jane Roe, 45, was arrested on Tuesday. The mayor said the city would act.')).toEqual([]);
  });
  it('leaves a person the text gives another role', () => {
    expect(leaders('Jane Roe, a nurse, spoke first. The former president said no.')).toEqual([]);
  });
  it('does not read an object or an indefinite description as the person', () => {
    expect(leaders('Jane Roe thanked the president for the visit.')).toEqual([]);
    expect(leaders('Jane Roe spoke first. A former mayor said no.')).toEqual([]);
    expect(leaders('Jane Roe spoke first. She is the president’s daughter.')).toEqual([]);
  });
  it('does not read a title that modifies a noun as a description', () => {
    expect(leaders('Jane Roe spoke first. The former president election is in May.')).toEqual([]);
  });
});
