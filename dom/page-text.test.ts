// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPageText } from './page-text';

/** A fixture page, parsed into its own document. */
function page(name: string): Document {
  return new DOMParser().parseFromString(
    readFileSync(`tests/fixtures/extraction/${name}`, 'utf8'),
    'text/html',
  );
}

describe('readPageText on the extraction fixtures', () => {
  it('reads the story between teasers, pictures, notices and a hidden copy, and none of them', () => {
    const doc = page('teasers-and-pictures.html');
    const { article, index } = readPageText(doc);
    expect(article.isNews).toBe(true);
    const story = [...doc.querySelectorAll('h1, .story-text > p:not([data-not-story])')]
      .filter((e) => !e.closest('[data-not-story]'))
      .map((e) => e.textContent!.trim());
    expect(story).toHaveLength(6);
    // The headline and the story's paragraphs, in order, and nothing else.
    expect(
      index.text
        .split('\n\n')
        .map((block) => block.trim())
        .filter(Boolean),
    ).toEqual(story);
  });
});
