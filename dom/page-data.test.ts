import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOwnNewsPath } from './own-news';
import { any, hostKind, hostOf, isNewsPath, isNotNewsPath, typeNames } from './page-data';

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

describe('folders in the address', () => {
  // The patterns these string steps replace, as the reference for what they must find.
  const NEWS =
    /\/(?:news|politics|world|business|story|stories|article|articles|nation|local|opinion|economy|noticias?|nachrichten|meldung|actualites?|zpravy|xinwen)[/-]/i;
  const NOT_NEWS =
    /\/(?:docs?|documentation|wiki|blogs?|forums?|help|support|shop|products?|tutorials?|howto|how-to|guides?|recipes?|tags?|category|search)(?:[/.?#]|$)/i;
  const OWN =
    /\/(?:aktuelles|presse|pressemitteilungen|presseinformationen|pressemeldungen|press|press-releases?|pressreleases|newsroom|medienmitteilungen|mitteilungen|neuigkeiten|media-centre|media-center)(?:[/.?#]|$)/i;
  const cases: [RegExp, (paths: string) => boolean][] = [
    [NEWS, isNewsPath],
    [NOT_NEWS, isNotNewsPath],
    [OWN, isOwnNewsPath],
  ];

  it('finds a whole folder name, as the patterns did', () => {
    expect(isNewsPath('/politics/2020/x')).toBe(true);
    expect(isNewsPath('/world-news/x')).toBe(true);
    expect(isNewsPath('/newsletter/x')).toBe(false);
    expect(isNewsPath('/news')).toBe(false);
    expect(isNotNewsPath('/docs/x /a')).toBe(true);
    expect(isNotNewsPath('/x /recipes')).toBe(true);
    expect(isNotNewsPath('/recipes /x')).toBe(false);
    expect(isNotNewsPath('/How-To.html')).toBe(true);
    expect(isNotNewsPath('/tagesschau/x')).toBe(false);
    expect(isOwnNewsPath('/de/aktuelles/presseinformationen/detail/x')).toBe(true);
    expect(isOwnNewsPath('/pressefreiheit-in-gefahr')).toBe(false);
  });

  it('agrees with the patterns on any address made of folder names, separators and other characters', () => {
    const pieces = fc.constantFrom(
      ...'news politics stories noticia noticias actualites docs doc how-to howto wiki blogs guide tags presse press-release press-releases media-centre aktuelles newsroom Press NEWS Docs x 2020 -  / . ? # _'.split(
        ' ',
      ),
      ' ',
      '/',
      '-',
      '.',
      '?',
      '#',
      '\t',
      'é',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const paths = parts.join('');
        for (const [pattern, find] of cases)
          expect(find(paths), `${pattern} on "${paths}"`).toBe(pattern.test(paths));
      }),
      { numRuns: 3000 },
    );
  });
});
