// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { analyze } from '@/analysis';
import { buildGlossary, type GlossaryInput } from '@/analysis/glossary';
import { describePage, type ClaimItem, type LeaderItem } from '@/analysis/page-items';
import { GlossaryIndex, type SourcePart } from '@/analysis/source-index';

/** A kept article as the background stores its part: leaders and figures, no entities. */
function part(input: GlossaryInput & { url?: string; textHash?: string }): SourcePart {
  const glossary = buildGlossary([input], { entities: false });
  return {
    sources: [{ ...glossary.sources[0], kind: 'kept', url: input.url, textHash: input.textHash }],
    leaders: glossary.leaders,
    claims: glossary.claims,
  };
}

const wire = {
  id: 'wire',
  label: 'The Wire',
  date: '2024-05-01',
  url: 'https://wire.example/storm',
  textHash: 'aaa',
  text:
    'Freedonia President Ana Lopez said on Monday that 40,000 households had lost power after the storm. ' +
    'The storm destroyed 12 bridges across the north, officials said.',
};
const post = {
  id: 'post',
  label: 'Daily Post',
  date: '2024-05-02',
  text: 'President Lopez said 40,000 households were still without power. Officials said the storm destroyed 15 bridges across the north.',
};

function items(text: string, index: GlossaryIndex, page = {}) {
  const all = describePage(text, analyze(text), index, page);
  return {
    leaders: all.filter((i): i is LeaderItem => i.kind === 'leader'),
    claims: all.filter((i): i is ClaimItem => i.kind === 'claim'),
  };
}

describe('GlossaryIndex with kept sources', () => {
  it('links a page’s surname to the sources’ one full name, with the role and its source’s date', () => {
    const index = new GlossaryIndex(undefined, [['wire', part(wire)]]);
    const { leaders } = items(post.text, index);
    const lopez = leaders.find((leader) => leader.key === 'Lopez');
    expect(lopez?.fullName).toBe('Ana Lopez');
    expect(lopez?.roles.map(({ role, source }) => [role, source.date])).toEqual([
      ['Freedonia President', '2024-05-01'],
    ]);
  });

  it('does not link a surname two people of the sources share', () => {
    const other = {
      ...wire,
      id: 'other',
      url: undefined,
      text: 'Senate leader Mark Lopez said the vote was close.',
    };
    const index = new GlossaryIndex(undefined, [
      ['wire', part(wire)],
      ['other', part(other)],
    ]);
    const lopez = items(post.text, index).leaders.find((leader) => leader.key === 'Lopez');
    expect(lopez?.fullName).toBeUndefined();
    expect(lopez?.roles).toEqual([]);
  });

  it('corroborates and contradicts a page’s figures by a kept source', () => {
    const index = new GlossaryIndex(undefined, [['wire', part(wire)]]);
    const { claims } = items(post.text, index);
    const households = claims.find((claim) => claim.key === '40000 household');
    expect(households?.status).toBe('corroborated');
    expect(households?.agreeing.map((quote) => quote.source.label)).toEqual(['The Wire']);
    const bridges = claims.find((claim) => claim.key === '15 bridge');
    expect(bridges?.status).toBe('contradicted');
    expect(bridges?.differing.map((quote) => quote.text)).toEqual(['12 bridges']);
  });

  it('never lets a source corroborate itself: same address, same text, or the same sentences', () => {
    const index = new GlossaryIndex(undefined, [['wire', part(wire)]]);
    // The same article open again, its text reworded by the page (an update): known by its address.
    const updated = wire.text.replace('officials said', 'officials told reporters');
    const byAddress = items(updated, index, { url: `${wire.url}#comments` }).claims;
    expect(byAddress.every((claim) => claim.status === 'unmentioned')).toBe(true);
    // Known by its text's hash, from another address.
    const byHash = items(updated, index, { url: 'https://mirror.example/storm', textHash: 'aaa' }).claims;
    expect(byHash.every((claim) => claim.status === 'unmentioned')).toBe(true);
    // Known by its sentences, with neither.
    const bySentences = items(wire.text, index).claims;
    expect(bySentences.every((claim) => claim.status === 'unmentioned')).toBe(true);
    expect(items(wire.text, index).leaders[0].roles).toEqual([]);
  });

  it('forgets a removed source at once', () => {
    const index = new GlossaryIndex(undefined, [['wire', part(wire)]]);
    index.remove(['wire']);
    const { claims, leaders } = items(post.text, index);
    expect(claims.every((claim) => claim.status === 'unmentioned')).toBe(true);
    expect(leaders[0].fullName).toBeUndefined();
    expect(index.size).toBe(0);
  });

  it('makes one glossary of all the sources for the glossary view', () => {
    const bundled = buildGlossary([post]);
    const index = new GlossaryIndex(bundled, [['wire', part(wire)]]);
    const glossary = index.glossary();
    expect(glossary.sources.map((source) => source.id)).toEqual(['post', 'wire']);
    expect(glossary.leaders.find((leader) => leader.name === 'Ana Lopez')?.roles).toEqual([
      { role: 'Freedonia President', source: 'wire' },
    ]);
    const households = glossary.claims.find((claim) => claim.key === '40000 household');
    expect(households?.mentions.map((mention) => mention.source)).toEqual(['post', 'wire']);
    expect(glossary.entities).toEqual(bundled.entities);
    index.remove(['wire']);
    expect(index.glossary().leaders.some((leader) => leader.name === 'Ana Lopez')).toBe(false);
  });

  it('names bundled and kept sources apart', () => {
    const bundled = buildGlossary([post]);
    const index = new GlossaryIndex(bundled, [['wire', part(wire)]]);
    expect(index.allSources().map((source) => [source.id, source.kind])).toEqual([
      ['post', 'bundled'],
      ['wire', 'kept'],
    ]);
  });
});
