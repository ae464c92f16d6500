import { describe, expect, it } from 'vitest';
import { any, hostKind, hostOf, typeNames } from './page-data';

describe('hostKind', () => {
  it('tells blogging platforms and institutions by the host, and nothing else', () => {
    const kind = (url: string) => hostKind(hostOf(url));
    expect(kind('https://zweigewinnt.wordpress.com/2019/06/02/post/')).toBe('blog');
    expect(kind('https://someone.blogspot.com/2020/01/post.html')).toBe('blog');
    expect(kind('https://www.rutgers.edu/news/robot')).toBe('institution');
    expect(kind('https://www.gov.uk/government/news/x')).toBe('institution');
    expect(kind('https://jis.gov.jm/investment')).toBe('institution');
    expect(kind('https://www.ox.ac.uk/news/2020-01-01-x')).toBe('institution');
    expect(kind('https://www.bmas.bund.de/x')).toBe('institution');
    // News outlets, and hosts that only contain the words.
    expect(kind('https://www.bbc.com/news/world-52241221')).toBe('');
    expect(kind('https://citylimits.org/2023/11/08/video/')).toBe('');
    expect(kind('https://wordpress.com.example.net/x')).toBe('');
    expect(kind('https://education.com/article')).toBe('');
    expect(kind('not an address')).toBe('');
  });
});

describe('schema.org types', () => {
  it('tells each type name its kind, whole names only', () => {
    const types = (json: string) => typeNames(json);
    expect(any(types('{"@type": "https://schema.org/ReportageNewsArticle"}'), 'news')).toBe(true);
    expect(any(types('{"@type": ["WebPage", "AskPublicNewsArticle"]}'), 'news')).toBe(true);
    expect(any(types('{"@type": "LiveBlogPosting"}'), 'news')).toBe(true);
    expect(any(types('{"@type": "LiveBlogPosting"}'), 'blog')).toBe(false);
    expect(any(types('{"@type": "Article"}'), 'article')).toBe(true);
    expect(any(types('{"@type": "Article"}'), 'news')).toBe(false);
    expect(any(types('{"@type": "Recipe"}'), 'howTo')).toBe(true);
    expect(any(types('{"@type": "ItemList"}'), 'page')).toBe(true);
    expect(any(types('{"@type": "NewsMediaOrganization"}'), 'publisher')).toBe(true);
    // Parts of names, names run together and names that only end like one are no kind.
    expect(any(types('{"@type": "NewsArticleSeries"}'), 'news')).toBe(false);
    expect(any(types('{"@type": "News"}'), 'news')).toBe(false);
    expect(any(types('{"@type": "Article Report"}'), 'article')).toBe(false);
    expect(any(types('{"@type": "Ask Me NewsArticle"}'), 'news')).toBe(false);
    expect(any(types('{"@type": ""}'), 'article')).toBe(false);
    expect(any(new Set(['Blog']), 'blog')).toBe(true);
  });
});
