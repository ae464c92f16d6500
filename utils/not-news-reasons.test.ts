import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '@/dom/detect-features';
import { STOPPED, STOPPED_AFTER_META } from '@/dom/detect-article';
import { notNewsReasons } from './not-news-reasons';

describe('notNewsReasons', () => {
  it('says in plain words what the detector found against the page', () => {
    expect(notNewsReasons(['ogOther recipe', 'noProse'])).toEqual(['reasonRecipe', 'reasonNoText']);
    expect(notNewsReasons(['teasers'])).toEqual(['reasonList']);
    expect(notNewsReasons(['listType'])).toEqual(['reasonList']);
    expect(notNewsReasons(['noProse', STOPPED_AFTER_META])).toEqual(['reasonNoText']);
    expect(notNewsReasons(['wiki'])).toEqual(['reasonWiki']);
    expect(notNewsReasons(['editable'])).toEqual(['reasonWiki']);
    expect(notNewsReasons(['ogOther product'])).toEqual(['reasonProduct']);
    expect(notNewsReasons(['ogOther video.other'])).toEqual(['reasonMedia']);
    expect(notNewsReasons(['ogOther blog'])).toEqual(['reasonBlog']);
    expect(notNewsReasons(['byline', 'personal', 'blogName'])).toEqual(['reasonPersonal', 'reasonBlog']);
    expect(notNewsReasons(['we'])).toEqual(['reasonPersonal']);
    expect(notNewsReasons(['firstPersonHeadline', 'blogBox'])).toEqual(['reasonPersonal', 'reasonBlog']);
    expect(notNewsReasons(['howToType', 'code'])).toEqual(['reasonHowTo']);
    expect(notNewsReasons(['code', 'howTo'])).toEqual(['reasonHowTo']);
    expect(notNewsReasons(['code'])).toEqual(['reasonCode']);
    expect(notNewsReasons(['notNewsPath'])).toEqual(['reasonAddress']);
  });

  it('gives the most telling two, each once', () => {
    expect(notNewsReasons(['notNewsPath', 'blogType', 'teasers', 'listType', 'noProse'])).toEqual([
      'reasonNoText',
      'reasonList',
    ]);
  });

  it('never takes a sign of news for a reason against it', () => {
    expect(notNewsReasons(['date', 'byline', 'newsPath', STOPPED])).toEqual(['reasonFewSigns']);
    expect(notNewsReasons(['articleType', 'ogArticle', 'newsMeta', 'newsName', 'sections'])).toEqual([
      'reasonFewSigns',
    ]);
    // Every other signal, alone (most speak for news; the rest, such as a press release, give no reason).
    const against = new Set([
      'noProse',
      'teasers',
      'listType',
      'howToType',
      'howTo',
      'wiki',
      'editable',
      'code',
    ]);
    for (const name of [
      'personal',
      'we',
      'firstPersonHeadline',
      'blogType',
      'blogName',
      'blogBox',
      'notNewsPath',
    ])
      against.add(name);
    for (const name of FEATURE_NAMES.filter((name) => !against.has(name) && name !== 'ogOther'))
      expect(notNewsReasons([name]), name).toEqual(['reasonFewSigns']);
  });

  it('has a reason when the detector gave no signal at all', () => {
    expect(notNewsReasons([])).toEqual(['reasonFewSigns']);
    // Nor from names it does not know, or a name that only looks like one of them.
    expect(notNewsReasons(['toString', 'constructor', 'ogOther', 'noProseX'])).toEqual(['reasonFewSigns']);
  });

  it('never returns a signal’s own words', () => {
    for (const keys of [notNewsReasons(['prose', 'dateline']), notNewsReasons(['ogOther profile'])])
      for (const key of keys) expect(key).toMatch(/^reason[A-Z]/);
  });
});
