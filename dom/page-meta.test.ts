// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { META_KEYS } from './page-data';
import { PAGE_META_KEYS, readPageMeta } from './page-meta';

function page(head: string, body = ''): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.lang = 'en';
  doc.head.innerHTML = head;
  doc.body.innerHTML = body;
  return doc;
}

describe('readPageMeta', () => {
  it('reads headline, outlet, date, byline and language from the structured data', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Site' },
        {
          '@type': 'NewsArticle',
          headline: 'Storm cuts power',
          datePublished: '2024-05-01T08:00:00Z',
          author: [{ '@type': 'Person', name: 'Ana Reporter' }, 'Bo Writer'],
          publisher: { '@type': 'NewsMediaOrganization', name: 'The Wire' },
          inLanguage: 'en-GB',
        },
      ],
    };
    const doc = page(
      `<script type="application/ld+json">${JSON.stringify(ld)}</script><meta property="og:site_name" content="Other">`,
    );
    expect(readPageMeta(doc, 'https://wire.example/a')).toEqual({
      url: 'https://wire.example/a',
      headline: 'Storm cuts power',
      outlet: 'The Wire',
      date: '2024-05-01T08:00:00Z',
      byline: ['Ana Reporter', 'Bo Writer'],
      language: 'en-gb',
    });
  });

  it('falls back to Open Graph, article meta tags and the page’s own headline, skipping broken JSON-LD', () => {
    const doc = page(
      '<script type="application/ld+json">{ not json</script>' +
        '<meta property="og:site_name" content="The Post">' +
        '<meta property="article:published_time" content="2024-05-02">' +
        '<meta name="author" content="Ana Reporter and Bo Writer">',
      '<h1>  Bridges   down </h1>',
    );
    expect(readPageMeta(doc, 'https://post.example/b')).toEqual({
      url: 'https://post.example/b',
      headline: 'Bridges down',
      outlet: 'The Post',
      date: '2024-05-02',
      byline: ['Ana Reporter', 'Bo Writer'],
      language: 'en',
    });
  });

  it('reads only meta tags that readPageData collects', () => {
    for (const key of PAGE_META_KEYS) expect(META_KEYS).toContain(key);
  });
});
