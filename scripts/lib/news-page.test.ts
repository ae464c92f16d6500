// @vitest-environment happy-dom
import { readFileSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectArticle } from '../../dom/detect-article';
import { parseSourceText, withoutDebris, type SourceText } from '../../utils/source-text';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { DEFAULT_OUTLET, pageHeadline, renderDemoIndex, renderNewsPage, storyParagraphs } from './news-page';
import { parseHtml } from './read-input';

const SOURCES_DIR = 'assets/sources';
const sources: SourceText[] = readdirSync(SOURCES_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => parseSourceText(readFileSync(join(SOURCES_DIR, f), 'utf8'), f));

const openWindows: (() => void)[] = [];
afterAll(() => openWindows.forEach((close) => close()));

function parse(html: string, url = 'http://127.0.0.1/news/page.html'): Document {
  const { document, close } = parseHtml(html, url);
  openWindows.push(close);
  return document;
}

const texts = (elements: Iterable<Element>) => [...elements].map((e) => e.textContent);

function storyTexts(doc: Document): (string | null)[] {
  return texts(doc.querySelectorAll('article .story-body > p'));
}

function structuredData(doc: Document): Record<string, unknown> {
  const script = doc.querySelector('script[type="application/ld+json"]');
  return JSON.parse(script?.textContent ?? '') as Record<string, unknown>;
}

const hostile = parseSourceText(
  [
    'id: hostile',
    'headline: </title><script>alert("h")</script> & \'more\'',
    'byline: <b>Eve</b>; "Mallory" & Co',
    'date: 2024-01-02"><script>',
    '---',
    '<script>alert(1)</script> & "quotes" \'apos\' &amp; </p><p>',
    '',
    '</article><article>second',
    'line\r\nwith CRLF\r',
    '   ',
    '',
    '  indented <!-- not a comment --> ]]> </script>',
    '',
  ].join('\n'),
  'hostile.txt',
);

describe('withoutDebris', () => {
  const source = (text: string, header: Partial<SourceText> = {}): SourceText => ({
    id: 'x',
    text,
    ...header,
  });
  const blanked = (s: SourceText) =>
    storyParagraphs(withoutDebris(s).text).map((p) => p.text.replace(/\s+/g, ' ').trim());

  it('blanks a repeated headline, the byline and agency, an update line and a date stamp', () => {
    const text = [
      'Dam Opens | Ministers Meet',
      'Updated today at 9:00 a.m.',
      'Ann Lee and Bo Chen\nThe Wire Service',
      ' date 2024-03-01 The dam opened on Monday.',
      'By Ann Lee',
      'It holds 3 million cubic metres.',
    ].join('\n\n');
    const s = source(text, {
      headline: 'Dam Opens | Ministers Meet',
      updated: 'today at 9:00 a.m.',
      byline: ['Ann Lee', 'Bo Chen'],
      agency: 'The Wire Service',
      date: '2024-03-01',
    });
    expect(withoutDebris(s).text).toHaveLength(text.length);
    expect(blanked(s)).toEqual(['The dam opened on Monday.', 'It holds 3 million cubic metres.']);
  });

  it('blanks short lines without a sentence end after the story, and keeps the story', () => {
    const s = source('The vote passed.\n\nOfficials said so.\n\nsource page-7\n\nMost read');
    expect(blanked(s)).toEqual(['The vote passed.', 'Officials said so.']);
  });

  it('keeps what only looks like debris: a byline name inside a sentence, a headline later on, no header', () => {
    const text = 'Ann Lee said the dam was safe.\n\nDam Opens\n\nIt opened.';
    expect(blanked(source(text, { headline: 'Dam Opens', byline: ['Ann Lee'] }))).toEqual([
      'Ann Lee said the dam was safe.',
      'Dam Opens',
      'It opened.',
    ]);
  });

  it('leaves the bundled sources byte for byte and only blanks their debris', () => {
    for (const s of sources) {
      const clean = withoutDebris(s).text;
      expect(clean).toHaveLength(s.text.length);
      for (let i = 0; i < clean.length; i++) if (clean[i] !== s.text[i]) expect(clean[i]).toBe(' ');
      expect(clean).not.toMatch(/date \d{4}-|source site-|^\s*Latest\s*$/m);
    }
  });
});

describe('storyParagraphs', () => {
  it('splits on blank lines and keeps every paragraph exactly as in the text', () => {
    const text = '\n \nFirst line\nsame paragraph  \n\n \t\n\n Second\r\n\r\nThird\n\n\n';
    const paragraphs = storyParagraphs(text);
    expect(paragraphs.map((p) => p.text)).toEqual(['First line\nsame paragraph  ', ' Second', 'Third']);
    for (const p of paragraphs) expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
  });

  it('covers the whole source text but for the blank lines between paragraphs', () => {
    for (const source of sources) {
      let rest = source.text;
      for (const p of storyParagraphs(source.text).reverse())
        rest = rest.slice(0, p.start) + rest.slice(p.start + p.text.length);
      expect(rest.trim()).toBe('');
    }
  });
});

describe('pageHeadline', () => {
  it("is the headline header, else the lead's first sentence shortened at a clause or a word", () => {
    expect(pageHeadline({ id: 'a', headline: 'Given', text: 'Other' })).toBe('Given');
    expect(pageHeadline({ id: 'b', text: '  Short lead. Second sentence.\n\nmore' })).toBe('Short lead');
    expect(pageHeadline({ id: 'e', text: '' })).toBe('Report e');
    const clause = `${'A long opening clause about the vote'.repeat(2)}, with ${'more words '.repeat(12)}.`;
    expect(pageHeadline({ id: 'd', text: clause })).toBe('A long opening clause about the vote'.repeat(2));
    const long = pageHeadline({ id: 'c', text: 'word '.repeat(60) });
    expect(long.length).toBeLessThanOrEqual(141);
    expect(long).toMatch(/^word( word)*…$/);
  });
});

describe.each(sources)('renderNewsPage($id)', (source) => {
  const paragraphs = storyParagraphs(source.text).map((p) => p.text);

  it('puts every source paragraph, exactly, in a <p> of the article, in order', () => {
    const doc = parse(renderNewsPage(source));
    expect(paragraphs.length).toBeGreaterThan(5);
    expect(storyTexts(doc)).toEqual(paragraphs);
    const inArticle = new Set(texts(doc.querySelectorAll('article p')));
    for (const paragraph of paragraphs) expect(inArticle.has(paragraph)).toBe(true);
    expect(doc.querySelector('h1')?.textContent).toBe(pageHeadline(source));
  });

  it('describes itself as a news article', () => {
    const doc = parse(renderNewsPage(source, { outlet: 'The Morning Slate' }));
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
    expect(doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content')).toBe(
      'The Morning Slate',
    );
    const published = doc.querySelector('meta[property="article:published_time"]');
    expect(published?.getAttribute('content') ?? undefined).toBe(source.date);
    const data = structuredData(doc);
    expect(data['@type']).toBe('NewsArticle');
    expect(data.headline).toBe(pageHeadline(source));
    expect(data.datePublished).toBe(source.date);
    expect(data.publisher).toEqual({ '@type': 'NewsMediaOrganization', name: 'The Morning Slate' });
    if (source.byline)
      expect(data.author).toEqual(source.byline.map((name) => ({ '@type': 'Person', name })));
  });

  it('is detected as readable news whose body leaves out the sidebar and comments', () => {
    const doc = parse(renderNewsPage(source), `http://127.0.0.1/news/${source.id}.html`);
    const detection = detectArticle(doc);
    expect(detection).toMatchObject({ isNews: true, readable: true });
    expect(detection.body).toContain(doc.querySelector('.story-body'));
    for (const furniture of doc.querySelectorAll('aside, .comments, nav, footer'))
      for (const element of detection.body) expect(element.contains(furniture)).toBe(false);
  });

  it('keeps the text identical with inline markup', () => {
    const doc = parse(renderNewsPage(source, { inlineMarkup: true }));
    expect(storyTexts(doc)).toEqual(paragraphs);
    expect(doc.querySelectorAll('.story-body b').length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('.story-body a').length).toBeGreaterThan(0);
  });
});

describe('renderNewsPage with hostile text', () => {
  const doc = parse(renderNewsPage(hostile, { inlineMarkup: true, outlet: '<i>Ledger</i> & "Co"' }));

  it('keeps all of it as text', () => {
    expect(doc.querySelectorAll('article')).toHaveLength(1);
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(doc.querySelector('article script, article b:not(.story-body b)')).toBeNull();
    expect(storyTexts(doc)).toEqual(storyParagraphs(hostile.text).map((p) => p.text));
    expect(storyTexts(doc)[1]).toContain('line\r\nwith');
    expect(doc.querySelector('h1')?.textContent).toBe(hostile.headline);
    expect(doc.title).toBe(`${hostile.headline} – <i>Ledger</i> & "Co"`);
    expect(texts(doc.querySelectorAll('.author'))).toEqual(['<b>Eve</b>', '"Mallory" & Co']);
  });

  it('keeps structured data parseable', () => {
    const data = structuredData(doc);
    expect(data.headline).toBe(hostile.headline);
    expect(data.datePublished).toBe('2024-01-02"><script>');
  });
});

describe('renderDemoIndex', () => {
  it('links to every source page and is not itself news', () => {
    const doc = parse(renderDemoIndex(sources, { corpusPages: ['ars-1'] }), 'http://127.0.0.1/');
    const links = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    for (const source of sources) {
      expect(links).toContain(`/news/${source.id}.html`);
      expect(links).toContain(`/news/${source.id}-inline.html`);
      expect(links).toContain(`/dynamic/${source.id}.html?more=1`);
    }
    expect(links).toContain('/pages/ars-1.html');
    expect(detectArticle(doc).isNews).toBe(false);
  });
});

interface Reply {
  status: number;
  type: string;
  body: string;
}

// node:http rather than fetch: happy-dom's fetch applies CORS and URL normalisation, and the
// traversal test must send its path exactly as written.
function get(server: FixtureServer, path: string): Promise<Reply> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          type: response.headers['content-type'] ?? '',
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}

describe('startFixtureServer', () => {
  let server: FixtureServer;
  const [source] = sources;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server.close());

  it('serves the index on 127.0.0.1', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const reply = await get(server, '/');
    expect(reply.status).toBe(200);
    expect(reply.type).toBe('text/html; charset=utf-8');
    expect(reply.body).toContain(`/news/${source.id}.html`);
  });

  it('serves the sources as news pages, plain and with inline markup, without their debris', async () => {
    const paragraphs = storyParagraphs(withoutDebris(source).text).map((p) => p.text);
    for (const suffix of ['', '-inline']) {
      const reply = await get(server, `/news/${source.id}${suffix}.html`);
      expect(reply.status).toBe(200);
      expect(reply.type).toBe('text/html; charset=utf-8');
      const doc = parse(reply.body);
      expect(storyTexts(doc)).toEqual(paragraphs);
      expect(doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content')).toBe(
        DEFAULT_OUTLET,
      );
    }
  });

  it('serves a dynamic page that reads more after load', async () => {
    const paragraphs = storyParagraphs(withoutDebris(source).text).map((p) => p.text);
    const half = Math.ceil(paragraphs.length / 2);
    const reply = await get(server, `/dynamic/${source.id}.html?more=1`);
    expect(reply.status).toBe(200);
    expect(storyTexts(parse(reply.body))).toEqual(paragraphs.slice(0, half));

    // Run the page's script this time: it is our own, so evaluating it is safe.
    const window = new Window({
      url: `${server.url}/dynamic/${source.id}.html?more=1`,
      settings: {
        enableJavaScriptEvaluation: true,
        suppressInsecureJavaScriptEnvironmentWarning: true,
        disableJavaScriptFileLoading: true,
      },
    });
    try {
      window.document.write(reply.body);
      await window.happyDOM.waitUntilComplete();
      const doc = window.document as unknown as Document;
      await expect.poll(() => doc.documentElement.dataset.more, { timeout: 3000 }).toBe('loaded');
      expect(storyTexts(doc)).toEqual(paragraphs);
      const append = (window as unknown as { __appendParagraph(text: string): void }).__appendParagraph;
      append('<b>Later</b> & more');
      expect(storyTexts(doc).at(-1)).toBe('<b>Later</b> & more');
    } finally {
      await window.happyDOM.close();
    }
  });

  it('serves saved pages byte for byte', async () => {
    const reply = await get(server, '/pages/ars-1.html');
    expect(reply.status).toBe(200);
    expect(reply.type).toBe('text/html; charset=utf-8');
    expect(reply.body).toBe(readFileSync('tests/fixtures/pages/corpus/ars-1.html', 'utf8'));
  });

  it.each([
    '/nothing-here',
    '/news/no-such-source.html',
    '/pages/no-such-page.html',
    '/pages/..%2f..%2fpackage.json',
    '/pages/..%2f..%2fpackage.html',
    '/pages/%2e%2e.html',
    '/pages/../../package.json',
    '/news/%E0%A4%A.html',
  ])('answers 404 to %s', async (path) => {
    expect((await get(server, path)).status).toBe(404);
  });
});
