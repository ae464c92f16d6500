import { describe, expect, it } from 'vitest';
import { notNewsReasons } from './not-news-reasons';

describe('notNewsReasons', () => {
  it('says in plain words what the detector found against the page', () => {
    expect(notNewsReasons(['og:type recipe', 'no main column of prose'])).toEqual([
      'reasonRecipe',
      'reasonNoText',
    ]);
    expect(notNewsReasons(['og:type website', '14 teasers'])).toEqual(['reasonList']);
    expect(notNewsReasons(['structured data: not one story'])).toEqual(['reasonList']);
    expect(notNewsReasons(['no main column of prose', 'too few signs of news to read the text'])).toEqual([
      'reasonNoText',
    ]);
    expect(notNewsReasons(['wiki or documentation'])).toEqual(['reasonWiki']);
    expect(notNewsReasons(['og:type product'])).toEqual(['reasonProduct']);
    expect(notNewsReasons(['og:type video.other'])).toEqual(['reasonMedia']);
    expect(notNewsReasons(['byline', 'written in the first and second person', 'blog'])).toEqual([
      'reasonPersonal',
      'reasonBlog',
    ]);
    expect(notNewsReasons(['structured data: how-to or documentation', 'code listings'])).toEqual([
      'reasonHowTo',
    ]);
    expect(notNewsReasons(['not-news address'])).toEqual(['reasonAddress']);
  });

  it('never takes a sign of news for a reason against it', () => {
    expect(
      notNewsReasons(['publication date', 'byline', 'news address', 'too few signs of news to read on']),
    ).toEqual(['reasonFewSigns']);
    expect(notNewsReasons(['structured data: Article', 'og:type article', 'news metadata'])).toEqual([
      'reasonFewSigns',
    ]);
  });

  it('has a reason when the detector gave no signal at all', () => {
    expect(notNewsReasons([])).toEqual(['reasonFewSigns']);
  });

  it('never returns a signal’s own words', () => {
    for (const keys of [
      notNewsReasons(['7 prose paragraphs', 'dateline']),
      notNewsReasons(['og:type profile']),
    ])
      for (const key of keys) expect(key).toMatch(/^reason[A-Z]/);
  });
});
