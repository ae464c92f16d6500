import { describe, expect, it } from 'vitest';
import { analyze } from '../../../analysis';

const leaders = (text: string) => analyze(text).leaders.map((m) => m.text);

// The Commonwealth and Caribbean style: capitalised offices with their portfolio or polity after "of".
describe('capitalised offices with a portfolio (offices, person-names)', () => {
  it('reads a capitalised office with its portfolio before the name', () => {
    for (const title of [
      'Minister of Health',
      'Minister for Tourism and Culture',
      'Minister of National Security',
      'Leader of the Opposition',
    ])
      expect(leaders(`${title} Marva Quint spoke. Quint said so.`), title).toEqual(['Marva Quint', 'Quint']);
  });
  it('reads the office in an apposition opened by the title itself', () => {
    for (const role of [
      'Minister of Health',
      'Minister for Tourism and Culture',
      'Premier of the Virgin Islands',
      'Prime Minister',
      'Health Minister',
    ])
      expect(leaders(`Marva Quint, ${role}, spoke. Quint said so.`), role).toEqual(['Marva Quint', 'Quint']);
  });
  it('reads "The Mayor of London, X," and a capitalised office stated by "is"', () => {
    expect(leaders('The Minister of Health, Marva Quint, spoke. Quint said so.')).toEqual([
      'Marva Quint',
      'Quint',
    ]);
    expect(leaders('The Mayor of Riverton, Marva Quint, spoke. Quint said so.')).toEqual([
      'Marva Quint',
      'Quint',
    ]);
    expect(leaders('Marva Quint is the Prime Minister. Quint said so.')).toEqual(['Marva Quint', 'Quint']);
    expect(leaders('Marva Quint, who is also the Minister of Finance, spoke.')).toEqual(['Marva Quint']);
  });
  it('never takes the body or portfolio for a person', () => {
    expect(leaders('Ann Lee will remain Acting Premier of the Territory until May.')).toEqual([]);
    expect(leaders('The Minister for Tourism and Culture spoke.')).toEqual([]);
    expect(leaders('Marva Quint is the President’s sister.')).toEqual([]);
    // A possessive after the comma describes the body before it; it holds no office.
    expect(leaders('said Ann Lee, the CEO of Acme Holdings, Beta’s parent, on Monday.')).toEqual(['Ann Lee']);
  });
  it('reads a place of several words in the possessive opening an apposition', () => {
    expect(leaders('Tomas Quint, South Freedonia’s president, spoke. Quint said so.')).toEqual([
      'Tomas Quint',
      'Quint',
    ]);
    expect(leaders('Marva Quint, Port Royal’s chief executive, spoke. Quint said so.')).toEqual([
      'Marva Quint',
      'Quint',
    ]);
  });
});
