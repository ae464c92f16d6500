// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { boxKind, isFurnitureName } from './furniture';

function element(html: string): Element {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return doc.body.firstElementChild!;
}

describe('isFurnitureName', () => {
  it('names furniture by its words, unless a content word outweighs them', () => {
    for (const name of ['c-related-links', 'site-footer', 'ad-slot', 'comments', 'share-bar', 'o-sidebar'])
      expect(isFurnitureName(name), name).toBe(true);
    for (const name of ['article-body', 'l-sidebar-fixed l-article-body-segment', 'story'])
      expect(isFurnitureName(name), name).toBe(false);
  });

  it('does not take a modifier saying what a box has or lacks for its name', () => {
    for (const name of [
      'o-section o-section-intro o-section--has-ads js-section--has-ads',
      'layout has-sidebar',
      'post no-comments',
      'grid with-ads',
    ])
      expect(isFurnitureName(name), name).toBe(false);
    // The same words naming the box itself still do.
    expect(isFurnitureName('o-section--ads')).toBe(true);
    expect(isFurnitureName('has-ads ad-slot')).toBe(true);
  });

  it('reads a modifier only as a word of its own: a name ending in "no" or "has" still names furniture', () => {
    // ("casino-banner" ends "no-" before its furniture word, as "no-comments" does.)
    for (const name of ['casino-banner', 'piano-promo', 'volcano-comment-content', 'chas-ads'])
      expect(isFurnitureName(name), name).toBe(true);
    for (const name of ['has-ads', 'post no-comments', 'box_with-ads'])
      expect(isFurnitureName(name), name).toBe(false);
  });
});

describe('boxKind', () => {
  it('reads a box named for what it has as no furniture', () => {
    expect(
      boxKind(element('<section class="o-section o-section--has-ads"><p>Text</p></section>')),
    ).toBeNull();
    expect(boxKind(element('<section class="o-section o-section--ads"><p>Text</p></section>'))).toBe(
      'furniture',
    );
  });
});
