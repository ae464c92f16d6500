import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../analysis/people';

describe('later mentions (later-mentions)', () => {
  it('resolves a surname to the full name and keeps its particles', () => {
    const text = 'Mayor Maria de Souza spoke. Later de Souza left, and Ms. Souza was not seen.';
    const { leaders } = findPeople(text);
    expect(leaders.map((m) => m.text)).toEqual(['Maria de Souza', 'de Souza', 'Souza']);
    expect(new Set(leaders.map((m) => m.name))).toEqual(new Set(['Maria de Souza']));
  });
  it('leaves a surname shared by two people unresolved', () => {
    const text = 'Governor Ann Lee met Senator Bob Lee. Lee said no.';
    const { leaders, people } = findPeople(text);
    expect([...leaders, ...people].map((m) => m.text)).not.toContain('Lee');
  });
  it('joins a titled given name to the one person named in full with it', () => {
    const text =
      'Voters liked Peter Okafor and Jane Roe. Critics said Mayor Peter went too far; Okafor disagreed.';
    const { leaders } = findPeople(text);
    expect(leaders.map((m) => m.text)).toEqual(['Peter Okafor', 'Peter', 'Okafor']);
    expect(new Set(leaders.map((m) => m.name))).toEqual(new Set(['Peter Okafor']));
  });
  it('keeps a surname shaped like a common word after an office, not a common word', () => {
    expect(
      findPeople('I will call Minister Bexling and the Premier tomorrow.').leaders.map((m) => m.text),
    ).toEqual(['Bexling']);
    expect(findPeople('The panel heard Deputy Chief Critical, it said.').leaders).toEqual([]);
  });
  it('takes a given name alone, or after a form of address, as the one person named in full with it', () => {
    const text = 'Governor Jane Roe spoke. “We miss Jane,” he said, and Sir Jane left. Roe smiled.';
    expect(findPeople(text).leaders.map((m) => m.text)).toEqual(['Jane Roe', 'Jane', 'Jane', 'Roe']);
  });
  it('leaves a given name two people share, a place and a word alone', () => {
    expect(findPeople('Governor Jane Roe met Jane Lee. Jane left.').leaders.map((m) => m.text)).toEqual([
      'Jane Roe',
    ]);
    const text = 'Governor Paris Roe went to Paris. Will Roe go? Will the plan work?';
    expect(findPeople(text).leaders.map((m) => m.text)).toEqual(['Paris Roe', 'Roe']);
  });
  it('takes a surname of two words written together, and keeps the dot of "Jr."', () => {
    const text =
      'President Ana María Quintero Vale spoke. Quintero Vale left. Governor Tom Roe Jr. came. Roe Jr. left.';
    expect(findPeople(text).leaders.map((m) => m.text)).toEqual([
      'Ana María Quintero Vale',
      'Quintero Vale',
      'Tom Roe Jr.',
      'Roe Jr.',
    ]);
  });
  it('takes the name out of a modifier joined to it by a hyphen ("Roe-era", "Roe-backed"), only for a known name', () => {
    const text =
      'President Jane Roe spoke. The Roe-imposed tariffs and the Roe-era rules stayed. Lee-backed rebels left.';
    const { leaders, people } = findPeople(text);
    expect(leaders.map((m) => m.text)).toEqual(['Jane Roe', 'Roe', 'Roe']);
    expect(people).toEqual([]);
  });
});
