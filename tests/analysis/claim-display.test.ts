import { describe, expect, it } from 'vitest';
import { analyze } from '@/analysis';
import { buildGlossary } from '@/analysis/glossary';
import { highlightSpans } from '@/analysis/highlights';
import { describePage, GlossaryIndex } from '@/analysis/page-items';

// What the marks' data-newslens-key, the popup and the card say about a vague amount or a range:
// the page's own words and "about" or "between", never a made-up exact figure.
const keysOf = (text: string) => highlightSpans(analyze(text)).map((span) => span.key);

describe('vague amounts and ranges in the keys', () => {
  it('a vague amount is keyed "about" its lower bound, a range "between" its ends', () => {
    expect(keysOf('Dozens of schools shut.')).toEqual(['about 24 school']);
    expect(keysOf('There were between 400 and 600 breaks.')).toEqual(['between 400 and 600 break']);
    expect(keysOf('Exactly 24 schools shut.')).toEqual(['24 school']);
  });
});

describe('vague amounts against the sources', () => {
  const index = new GlossaryIndex(
    buildGlossary([
      {
        id: 'wire',
        label: 'The Wire',
        text: 'The storm destroyed 12 bridges across the north, officials said.',
      },
    ]),
  );
  const claimsOn = (text: string) =>
    describePage(text, analyze(text), index).filter((i) => i.kind === 'claim');

  it('an exact figure that differs is contradicted', () => {
    expect(claimsOn('The storm destroyed 15 bridges across the north.')).toMatchObject([
      { text: '15 bridges', status: 'contradicted' },
    ]);
  });
  it('a vague amount or a range is neither contradicted nor corroborated by an exact figure', () => {
    expect(claimsOn('The storm destroyed dozens of bridges across the north.')).toMatchObject([
      { text: 'dozens of bridges', status: 'unmentioned' },
    ]);
    expect(claimsOn('The storm destroyed between 10 and 14 bridges across the north.')).toMatchObject([
      { text: 'between 10 and 14 bridges', status: 'unmentioned' },
    ]);
  });
});
