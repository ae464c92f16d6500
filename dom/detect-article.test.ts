// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectArticle } from './detect-article';

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the report: officials said the talks in the capital would resume next week, and that the ` +
  `two delegations had agreed on the outline of a deal to reopen the ports and resume grain exports.</p>`;

function page(head: string, content: string): Document {
  return new DOMParser().parseFromString(
    `<html lang="en"><head>${head}</head><body>${content}</body></html>`,
    'text/html',
  );
}

describe('detectArticle', () => {
  it('recognises a news article by its structured data and its column of prose, and finds its body', () => {
    const doc = page(
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Talks resume"}</script>' +
        '<meta property="og:type" content="article">',
      '<nav><a href="/">Home</a></nav><h1>Talks resume</h1><article id="story">' +
        [1, 2, 3, 4, 5, 6].map(paragraph).join('') +
        '</article><aside class="related"><p>Related: other stories you may like to read about the region and its ports.</p></aside>',
    );
    const result = detectArticle(doc, { url: 'https://news.example/world/2022/07/talks' });
    expect(result.isNews).toBe(true);
    expect(result.readable).toBe(true);
    expect(result.body.map((e) => e.id || e.tagName)).toEqual(['H1', 'story']);
  });

  it('does not take a page of links for an article', () => {
    const doc = page('', '<ul>' + '<li><a href="/a">A link to a story</a></li>'.repeat(40) + '</ul>');
    expect(detectArticle(doc).isNews).toBe(false);
  });

  it('marks news in a language the analysis cannot read as unreadable', () => {
    const doc = new DOMParser().parseFromString(
      '<html lang="fr"><head><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body>' +
        [1, 2, 3, 4, 5, 6].map(paragraph).join('') +
        '</body></html>',
      'text/html',
    );
    const result = detectArticle(doc);
    expect(result.isNews).toBe(true);
    expect(result.language).toBe('fr');
    expect(result.readable).toBe(false);
  });
});
