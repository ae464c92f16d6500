import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/analysis';
import { buildGlossary, type GlossaryInput } from '@/analysis/glossary';
import { describePage, GlossaryIndex } from '@/analysis/page-items';
import { sentenceAround } from '@/analysis/sentences';
import { GLOSSARY_FILE, readSources, serializeGlossary } from '../scripts/lib/sources';

const wire: GlossaryInput = {
  id: 'wire',
  label: 'The Wire',
  date: '2024-05-01',
  text:
    'President Ana Lopez of Freedonia said on Monday that 40,000 households had lost power after the storm. ' +
    'The storm destroyed 12 bridges across the north, officials said. ' +
    'The World Health Organization (WHO) sent 30 doctors to Port Lune.',
};
const post: GlossaryInput = {
  id: 'post',
  label: 'Daily Post',
  text:
    'Lopez, the president, said 40,000 households were still without power. ' +
    'Officials said the storm destroyed 15 bridges across the north. ' +
    'The WHO said its 30 doctors had reached Port Lune.',
};

describe('the bundled glossary', () => {
  it('is what the sources in assets/sources build today (run `npm run glossary` if this fails)', () => {
    const fresh = serializeGlossary(buildGlossary(readSources()));
    expect(readFileSync(GLOSSARY_FILE, 'utf8')).toBe(fresh);
  });

  it('knows the leaders of the sources with each source’s role, and links figures across them', () => {
    const glossary = JSON.parse(readFileSync(GLOSSARY_FILE, 'utf8')) as ReturnType<typeof buildGlossary>;
    const putin = glossary.leaders.find((leader) => leader.name === 'Vladimir Putin');
    expect(new Set(putin?.roles.map((role) => role.source))).toEqual(
      new Set(glossary.sources.map((s) => s.id)),
    );
    expect(new Set(putin?.quotes.slice(0, 2).map((quote) => quote.source)).size).toBe(2);
    const grain = glossary.claims.find((claim) => claim.key === '22000000 t');
    expect(grain?.counts).toBe('grain');
    expect(grain?.mentions.map((mention) => mention.text).sort()).toEqual([
      '22 million tonnes',
      '22 million tons',
    ]);
    const nato = glossary.entities.find((entity) => entity.name === 'NATO');
    expect(nato?.expansion).toBe('North Atlantic Treaty Organization');
  });
});

describe('buildGlossary', () => {
  it('grows with every source added', () => {
    const one = buildGlossary([wire]);
    const two = buildGlossary([wire, post]);
    expect(two.sources.map((source) => source.id)).toEqual(['wire', 'post']);
    const households = two.claims.find((claim) => claim.key === '40000 household');
    expect(households?.mentions.map((m) => m.source)).toEqual(['wire', 'post']);
    expect(one.claims.find((claim) => claim.key === '40000 household')?.mentions).toHaveLength(1);
  });

  it('flags different figures for the same thing in two sources as a conflict', () => {
    const glossary = buildGlossary([wire, post]);
    const twelve = glossary.claims.find((claim) => claim.key === '12 bridge');
    expect(twelve?.conflicts).toEqual(['15 bridge']);
    // Same figure, same thing: linked, not in conflict.
    expect(glossary.claims.find((claim) => claim.key === '30 doctor')?.conflicts).toEqual([]);
  });

  it('finds organisations and places, with the sentence that spells an acronym out first', () => {
    const glossary = buildGlossary([wire, post]);
    const who = glossary.entities.find((entity) => entity.name === 'WHO');
    expect(who?.expansion).toBe('World Health Organization');
    expect(who?.quotes[0].sentence).toContain('World Health Organization (WHO)');
    expect(who?.quotes.map((quote) => quote.source)).toContain('post');
  });
});

describe('describePage', () => {
  const index = new GlossaryIndex(buildGlossary([wire, post]));
  const describe_ = (text: string) => describePage(text, analyze(text), index);

  it('gives a known leader the sources’ context and an unknown one the page’s sentence', () => {
    const text = 'President Ana Lopez met Prime Minister Kim Park. Lopez said little.';
    const [lopez, park] = describe_(text);
    expect(lopez).toMatchObject({ kind: 'leader', key: 'Ana Lopez', role: 'President', mentions: 2 });
    if (lopez.kind !== 'leader' || park.kind !== 'leader') throw new Error('expected leaders');
    expect(lopez.quotes[0].source.label).toBe('The Wire');
    expect(park.quotes).toEqual([]);
    expect(park.sentence).toBe('President Ana Lopez met Prime Minister Kim Park.');
  });

  it('says a figure is corroborated, contradicted or not in the sources', () => {
    const text =
      'Officials said 40,000 households lost power. The storm destroyed 12 bridges across the north. ' +
      'Some 700 soldiers helped.';
    const claims = describe_(text).filter((item) => item.kind === 'claim');
    expect(claims.map((claim) => [claim.text, claim.status])).toEqual([
      ['40,000 households', 'corroborated'],
      ['12 bridges', 'corroborated'],
      ['Some 700 soldiers', 'unmentioned'],
    ]);
    const onlyPost = new GlossaryIndex(buildGlossary([post]));
    const [bridges] = describePage(
      'The storm destroyed 12 bridges across the north.',
      analyze('The storm destroyed 12 bridges across the north.'),
      onlyPost,
    );
    expect(bridges).toMatchObject({ status: 'contradicted' });
  });

  it('does not take the same number said of something else for a source that agrees', () => {
    // A match report's "30 doctors" of a clinic's staff shares the key, not the story, with WHO's doctors.
    const text = 'The club’s new clinic opened with 30 doctors on the first night of the tournament. ';
    const claims = describe_(text).filter((item) => item.kind === 'claim');
    expect(claims.map((claim) => [claim.text, claim.status])).toEqual([['30 doctors', 'unmentioned']]);
    // The same figure in a sentence about the same thing still agrees.
    const [doctors] = describe_('The WHO sent 30 doctors to Port Lune after the storm.');
    expect(doctors).toMatchObject({ text: '30 doctors', status: 'corroborated' });
  });

  it('does not count the page itself as a source that agrees', () => {
    const [, households] = describe_(wire.text);
    expect(households).toMatchObject({ kind: 'claim', text: '40,000 households' });
    if (households.kind !== 'claim') throw new Error('expected a claim');
    expect(households.agreeing.map((quote) => quote.source.id)).toEqual(['post']);
  });
});

describe('sentenceAround', () => {
  it('keeps abbreviations, initials and decimals inside the sentence', () => {
    const text = 'Gen. J. Smith of the U.S. Army said 4.1 million people fled. Then it rained.';
    expect(sentenceAround(text, text.indexOf('4.1'))).toBe(
      'Gen. J. Smith of the U.S. Army said 4.1 million people fled.',
    );
    expect(sentenceAround(text, text.indexOf('rained'))).toBe('Then it rained.');
  });

  it('stops at line breaks and keeps closing quotes', () => {
    const text = 'Headline without a stop\n“We will rebuild,” she said. Next.';
    expect(sentenceAround(text, 2)).toBe('Headline without a stop');
    expect(sentenceAround(text, text.indexOf('rebuild'))).toBe('“We will rebuild,” she said.');
  });
});
