import { describe, expect, it } from 'vitest';
import { analyze } from '../../../analysis';
import { readRole } from '../../../analysis/offices-verbs';
import { tokenize } from '../../../analysis/tokens';

const leaders = (text: string) => analyze(text).leaders.map((m) => m.text);

describe('offices stated by a verb of taking, holding or leaving office (offices-verbs)', () => {
  it('reads "as" after verbs of taking or leaving office, with auxiliaries and particles', () => {
    for (const clause of [
      'was sworn in as prime minister on Monday',
      'resigned as mayor in March',
      'stepped down as party leader',
      'took over as chief executive',
      'has quit her post as finance minister',
      'was later reappointed as defence minister',
      'succeeded Ann Lee as governor',
    ])
      expect(leaders(`Tomas Quint ${clause}. Quint said so.`), clause).toEqual(['Tomas Quint', 'Quint']);
  });
  it('reads a naming verb\'s object office, and an office after "who" or an age', () => {
    expect(leaders('Tomas Quint has been named acting defence secretary. Quint said so.')).toEqual([
      'Tomas Quint',
      'Quint',
    ]);
    expect(leaders('Tomas Quint, 61, who resigned as premier, spoke. Quint said so.')).toEqual([
      'Tomas Quint',
      'Quint',
    ]);
  });
  it('reads an office a verb before the name gives it', () => {
    expect(leaders('Parliament elected Tomas Quint as president on Monday. Quint said so.')).toEqual([
      'Tomas Quint',
      'Quint',
    ]);
  });
  it('takes a one-word name no other rule knows when the clause states the office', () => {
    expect(leaders('Quintero, who was elected president in May, spoke. Quintero said so.')).toEqual([
      'Quintero',
      'Quintero',
    ]);
  });
  it('leaves jobs, candidacies and non-leading posts alone', () => {
    for (const clause of [
      'worked as a waiter',
      'ran as the party’s candidate',
      'resigned as spokesman',
      'was named deputy minister',
      'stepped down as coach',
      'was named one of the best players',
    ])
      expect(leaders(`Tomas Quint ${clause}. Quint said so.`), clause).toEqual([]);
  });
  it('steps over an age, a party in parentheses and a relative clause set off by commas', () => {
    expect(leaders('Tomas Quint, 70, is South Freedonia’s president. Quint said so.')).toEqual([
      'Tomas Quint',
      'Quint',
    ]);
    expect(leaders('Tomas Quint (D), the governor, spoke. Quint said so.')).toEqual(['Tomas Quint', 'Quint']);
    expect(leaders('Tomas Quint, whose party won the vote, was sworn in as premier. Quint said so.')).toEqual(
      ['Tomas Quint', 'Quint'],
    );
  });
  it('reads role words up to the first title, the one reader of every office rule', () => {
    const tokens = tokenize('the new acting prime minister of Freedonia');
    const any = () => true;
    expect(readRole(tokens, 1, 6, any)).toEqual({ title: 4, kind: 'leader' });
    // Too few words allowed, or a word the caller does not accept, before the title: no office.
    expect(readRole(tokens, 1, 2, any)).toBeUndefined();
    expect(readRole(tokens, 1, 6, (t) => t.text !== 'acting')).toBeUndefined();
    // A phrase the caller steps over ("to serve as").
    const serve = tokenize('first to serve as mayor');
    expect(readRole(serve, 0, 6, any, (k) => (serve[k].text === 'to' ? k + 2 : undefined))).toEqual({
      title: 4,
      kind: 'leader',
    });
  });
});
