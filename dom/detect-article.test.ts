// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectArticle, isFurniture, STOPPED, STOPPED_AFTER_META } from './detect-article';

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the report: officials said the talks in the capital would resume next week, and that the ` +
  `two delegations had agreed on the outline of a deal to reopen the ports and resume grain exports.</p>`;

function page(head: string, content: string, lang = 'en'): Document {
  return new DOMParser().parseFromString(
    `<html lang="${lang}"><head>${head}</head><body>${content}</body></html>`,
    'text/html',
  );
}

// A news site's navigation: the sections every page links to.
const NEWS_NAV =
  '<nav><a href="/">Home</a><a href="/world">World</a><a href="/politics">Politics</a>' +
  '<a href="/business">Business</a><a href="/opinion">Opinion</a><a href="/sport">Sport</a></nav>';

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

  it('reads NewsArticle inside a JSON-LD @graph', () => {
    const doc = page(
      '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[' +
        '{"@type":"WebSite","name":"The Ledger"},{"@type":["NewsArticle"],"headline":"Talks resume"}]}</script>',
      '<h1>Talks resume</h1><div id="story">' + [1, 2, 3, 4, 5, 6].map(paragraph).join('') + '</div>',
    );
    expect(detectArticle(doc).signals).toContain('newsType');
  });

  it('reads schema.org types by name or address, in arrays, and from microdata around the story', () => {
    const story = [1, 2, 3, 4, 5, 6].map(paragraph).join('');
    const typed = (head: string, body = `<div id="story">${story}</div>`) =>
      detectArticle(page(head, body)).signals;
    const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
    expect(typed(ld('{"@type": "https://schema.org/ReportageNewsArticle"}'))).toContain('newsType');
    expect(typed(ld('{"@type": ["WebPage", "http://schema.org/AskPublicNewsArticle"]}'))).toContain(
      'newsType',
    );
    expect(typed(ld('{"@type": "NewsArticleSeries"}'))).not.toContain('newsType');
    expect(typed(ld('{"@type": "TechArticle"}'))).toContain('howToType');
    expect(typed(ld('{"@type": "BlogPosting"}'))).toContain('blogType');
    expect(
      typed(
        '',
        `<div itemscope itemtype="https://schema.org/NewsArticle"><div id="story">${story}</div></div>`,
      ),
    ).toContain('newsType');
    // Microdata Blog and BlogPosting come with WordPress themes, news sites' too: only JSON-LD says blog.
    expect(
      typed(
        '',
        `<div itemscope itemtype="https://schema.org/BlogPosting"><div id="story">${story}</div></div>`,
      ),
    ).not.toContain('blogType');
  });

  it('counts an author link among the first links only', () => {
    const story = '<div id="story">' + [1, 2, 3, 4, 5, 6].map(paragraph).join('') + '</div>';
    const byline = '<p class="byline">By <a href="/staff/jane">Jane Doe</a></p>';
    const links = (n: number) => '<a href="/x">x</a>'.repeat(n);
    const signals = (body: string) =>
      detectArticle(page('<meta property="og:type" content="article">', body)).signals;
    expect(signals(byline + story)).toContain('authorLink');
    expect(signals(links(119) + byline + story)).toContain('authorLink');
    expect(signals(links(120) + byline + story)).not.toContain('authorLink');
  });

  it('does not take a page of links for an article, and stops before reading its text', () => {
    const doc = page('', '<ul>' + '<li><a href="/a">A link to a story</a></li>'.repeat(40) + '</ul>');
    const result = detectArticle(doc);
    expect(result.isNews).toBe(false);
    expect(result.signals).toEqual(['noProse', STOPPED_AFTER_META]);
  });

  it('marks news in a language the analysis cannot read as unreadable', () => {
    const paragraphFr = (n: number) =>
      `<p>Paragraphe ${n} du reportage : les responsables ont déclaré que les négociations dans la capitale ` +
      `reprendront la semaine prochaine, et que les deux délégations se sont mises d'accord sur les grandes ` +
      `lignes d'un accord pour rouvrir les ports et reprendre les exportations de céréales.</p>`;
    const doc = new DOMParser().parseFromString(
      '<html lang="fr"><head><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body>' +
        [1, 2, 3, 4, 5, 6].map(paragraphFr).join('') +
        '</body></html>',
      'text/html',
    );
    const result = detectArticle(doc);
    expect(result.isNews).toBe(true);
    expect(result.language).toBe('fr');
    expect(result.readable).toBe(false);
  });

  it('does not take a company blog post for news, however article-like its metadata', () => {
    const post = (n: number) =>
      `<p>Step ${n}: we moved our build to the new cluster, and I think you will like what our team learned. ` +
      `We measured every job, and our numbers show that you can cut your build time in half if you follow us.</p>`;
    const doc = page(
      '<meta property="og:type" content="article">' +
        '<meta property="article:published_time" content="2024-06-25T10:00:00Z">' +
        '<meta name="author" content="Dana Developer">' +
        '<script type="application/ld+json">{"@type":"BlogPosting","headline":"How we halved our build times"}</script>',
      '<h1>How we halved our build times</h1><div class="post-body">' +
        [1, 2, 3, 4, 5, 6, 7].map(post).join('') +
        '<pre><code>make build</code></pre><pre><code>make test</code></pre><pre><code>make deploy</code></pre></div>',
    );
    const result = detectArticle(doc, { url: 'https://example.com/blog/2024/06/25/build-times' });
    expect(result.isNews).toBe(false);
    // Its metadata and address leave only a dateline or attributions to lift it: it has neither, so
    // its links and the rest of its writing are not read.
    expect(result.signals).toEqual(expect.arrayContaining(['blogType', 'notNewsPath', STOPPED]));
    expect(result.signals.some((signal) => signal === 'personal' || signal === 'we')).toBe(false);
  });

  it('gives a page it stops reading the language the whole reading would give, once it has read the story', () => {
    // An English blog post in a template that declares German: stopped once its sample is read.
    const post = (n: number) =>
      `<p>Step ${n}: the move to the new cluster was the best thing our team has done for the build this ` +
      `year, and the cost of the jobs in the queue has gone down by half with the help of the new cache.</p>`;
    const doc = page(
      '<meta property="og:type" content="article">' +
        '<script type="application/ld+json">{"@type":"BlogPosting","headline":"How we halved our build times"}</script>',
      '<h1>How we halved our build times</h1><div class="post-body">' +
        [1, 2, 3, 4, 5, 6, 7].map(post).join('') +
        '</div>',
      'de',
    );
    const stopped = detectArticle(doc, { url: 'https://example.com/blog/2024/06/25/build-times' });
    expect(stopped.signals).toContain(STOPPED);
    const whole = detectArticle(doc, {
      url: 'https://example.com/blog/2024/06/25/build-times',
      readAll: true,
    });
    expect(whole.signals).not.toContain(STOPPED);
    expect(whole.language).toBe('en');
    expect(stopped).toMatchObject({ isNews: false, language: 'en', readable: true });
  });

  it('recognises a news story told in <div>s and <br>s, without <p>, on a site with news sections', () => {
    const lines = [1, 2, 3, 4, 5, 6].map(
      (n) =>
        `Line ${n}: the minister said on Tuesday that the budget would rise by 4 percent, according to ` +
        `a statement released by the finance ministry, and officials told reporters more cuts were unlikely.`,
    );
    const doc = page(
      '<title>Budget to rise, minister says</title>',
      NEWS_NAV +
        '<h1>Budget to rise, minister says</h1>' +
        `<div id="story"><div>LONDON (Reuters) — ${lines[0]}</div>` +
        lines
          .slice(1)
          .map((line) => `<div>${line}</div>`)
          .join('') +
        '</div><div class="comments"><div>I disagree with this article and everything the minister has said so far this year, frankly.</div></div>',
    );
    const result = detectArticle(doc);
    expect(result.isNews).toBe(true);
    expect(result.signals).toEqual(expect.arrayContaining(['dateline', 'reporting']));
    expect(result.body.map((e) => e.id || e.tagName)).toEqual(['H1', 'story']);
  });

  it('counts <br>-separated paragraphs of one block', () => {
    const text = [1, 2, 3, 4, 5, 6]
      .map(
        (n) =>
          `Paragraph ${n}: officials said the port would reopen, and that exports would resume within a week.`,
      )
      .join('<br><br>');
    const doc = page('', `<h1>Port to reopen soon</h1><div id="story"><p>${text}</p></div>`);
    expect(detectArticle(doc).signals).toContain('someProse');
  });

  it('recognises Chinese news without metadata by its sections, credits and attributions, and leaves it unreadable', () => {
    const zh =
      '新华社北京3月10日电 记者从国家统计局获悉，今年前两个月全国规模以上工业增加值同比增长百分之六点三，' +
      '国家统计局新闻发言人表示，工业生产保持稳定恢复态势，市场需求持续改善，企业预期总体向好。';
    const doc = new DOMParser().parseFromString(
      '<html><head><title>前两个月工业增加值同比增长6.3%</title></head><body>' +
        '<div class="nav"><a href="/">首页</a><a href="/gn">国内</a><a href="/gj">国际</a><a href="/cj">财经</a>' +
        '<a href="/ty">体育</a><a href="/yl">娱乐</a><a href="/kj">科技</a></div>' +
        '<h1>前两个月工业增加值同比增长6.3%</h1><div id="content">' +
        [1, 2, 3, 4, 5].map(() => `<div>${zh}</div>`).join('') +
        '<div class="editor">[责任编辑：王小明]</div></div></body></html>',
      'text/html',
    );
    const result = detectArticle(doc);
    expect(result.isNews).toBe(true);
    expect(result.language).toBe('zh');
    expect(result.readable).toBe(false);
    expect(result.signals).toContain('reporting');
    expect(result.body.map((e) => e.id || e.tagName)).toEqual(['H1', 'content']);
  });

  it('recognises Spanish news by its attributions and sections, without penalising it for English cues', () => {
    const es = (n: number) =>
      `<p>Párrafo ${n}: el ministro dijo el martes que el presupuesto crecerá un 4 por ciento, según un comunicado ` +
      `del ministerio de Hacienda, y afirmó que no habrá más recortes este año en las provincias del país.</p>`;
    const doc = page(
      '<meta property="og:type" content="article"><title>El presupuesto crecerá</title>',
      '<nav><a href="/">Inicio</a><a href="/politica">Política</a><a href="/economia">Economía</a>' +
        '<a href="/deportes">Deportes</a><a href="/mundo">Mundo</a><a href="/opinion">Opinión</a></nav>' +
        '<h1>El presupuesto crecerá</h1><div id="story">' +
        [1, 2, 3, 4, 5, 6].map(es).join('') +
        '</div>',
      'es',
    );
    const result = detectArticle(doc);
    expect(result).toMatchObject({ isNews: true, language: 'es', readable: false });
    expect(result.signals.some((signal) => signal === 'personal')).toBe(false);
  });

  it('does not take a home page of teasers for an article', () => {
    const teaser = (n: number) =>
      `<div class="card"><h3><a href="/story-${n}">Headline number ${n} about the day's events</a></h3>` +
      `<p>A short summary of story ${n}, which officials said would be followed closely by the markets.</p></div>`;
    const doc = page(
      '<meta property="og:type" content="website">' +
        '<script type="application/ld+json">{"@type":"CollectionPage"}</script>',
      NEWS_NAV + '<main id="front">' + [1, 2, 3, 4, 5, 6, 7, 8].map(teaser).join('') + '</main>',
    );
    const result = detectArticle(doc);
    expect(result.isNews).toBe(false);
    expect(result.signals).toContain('listType');
  });

  it('does not take a wiki page for news', () => {
    const doc = page(
      '<meta name="generator" content="MediaWiki 1.40">',
      '<h1>Port</h1><div id="mw-content-text"><div class="mw-parser-output">' +
        [1, 2, 3, 4, 5, 6].map(paragraph).join('') +
        '</div></div>',
    );
    expect(detectArticle(doc).signals).toContain('wiki');
    expect(detectArticle(doc).isNews).toBe(false);
  });

  it('takes a story split into several boxes whole, with its standfirst, and leaves out comments', () => {
    const doc = page(
      '<meta property="og:type" content="article"><title>Talks resume in the capital</title>',
      NEWS_NAV +
        '<header><h1>Talks resume in the capital</h1><p class="dek">The two delegations agreed on the outline of a deal to reopen the ports.</p></header>' +
        '<section id="story">' +
        '<div class="column"><div>' +
        [1, 2, 3].map(paragraph).join('') +
        '</div></div><div class="ad">Advertisement</div><div class="column"><div>' +
        [4, 5, 6].map(paragraph).join('') +
        '</div></div></section>' +
        '<div class="comment-list"><article class="comment-body"><div class="comment-content">' +
        '<p>I read this whole report and I think you are all wrong about the ports, as I have said many times before.</p>' +
        '</div></article></div>',
    );
    const result = detectArticle(doc);
    expect(result.isNews).toBe(true);
    const ids = result.body.map((e) => e.id || e.className || e.tagName);
    expect(ids).toEqual(['H1', 'dek', 'story']);
    const comment = doc.querySelector('.comment-content p')!;
    expect(result.body.some((e) => e.contains(comment))).toBe(false);
    expect(isFurniture(comment)).toBe(true);
  });

  it('never changes the document', () => {
    const doc = page(
      '<meta property="og:type" content="article">',
      NEWS_NAV +
        '<h1>Talks resume</h1><div id="story">' +
        [1, 2, 3, 4, 5, 6].map(paragraph).join('') +
        '</div>',
    );
    const before = doc.documentElement.outerHTML;
    detectArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('isFurniture', () => {
  it('tells navigation, related links and comments from the story', () => {
    const doc = page(
      '',
      '<div class="l-sidebar-fixed l-article-body-segment"><p id="story">Story.</p></div>' +
        '<div class="related-links"><p id="related">Related.</p></div>' +
        '<div class="epoch-comment-content"><p id="comment">Comment.</p></div>' +
        '<nav><p id="nav">Menu.</p></nav>',
    );
    const furniture = (id: string) => isFurniture(doc.getElementById(id)!);
    expect(furniture('story')).toBe(false);
    expect(furniture('related')).toBe(true);
    expect(furniture('comment')).toBe(true);
    expect(furniture('nav')).toBe(true);
  });

  it('reads class names and ids as words: whole words, any case, and the two-word ones', () => {
    const doc = page(
      '',
      '<div class="Most-Read"><p id="most-read">Most read.</p></div>' +
        '<div id="page_SIDEBAR"><p id="sidebar">Sidebar.</p></div>' +
        '<div class="side-bar"><p id="side-bar">Side bar.</p></div>' +
        '<div class="adsense-free headroom"><p id="not-words">Story.</p></div>' +
        '<div class="read-more"><p id="read-more">Story.</p></div>',
    );
    const furniture = (id: string) => isFurniture(doc.getElementById(id)!);
    expect(furniture('most-read')).toBe(true);
    expect(furniture('sidebar')).toBe(true);
    expect(furniture('side-bar')).toBe(true);
    // "adsense" and "headroom" hold "ads" and "head" but are other words.
    expect(furniture('not-words')).toBe(false);
    expect(furniture('read-more')).toBe(false);
  });
});
