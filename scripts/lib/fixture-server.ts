/**
 * A local web server for the page fixtures: the bundled sources rendered as news pages and the
 * saved real pages, for trying the extension by hand and for end-to-end tests. Node built-ins only.
 */
import { readFile, readdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, join, resolve } from 'node:path';
import { URL, fileURLToPath } from 'node:url';
import { parseSourceText, withoutDebris, type SourceText } from '../../utils/source-text';
import { renderDemoIndex, renderNewsPage, scriptJson, storyParagraphs } from './news-page';

// Not `new URL('../..', import.meta.url)`: Vite rewrites that pattern into an asset address in
// DOM test environments.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCES_DIR = join(ROOT, 'assets/sources');
const CORPUS_DIR = join(ROOT, 'tests/fixtures/pages/corpus');
// Names from the address may only be plain file-name words: no slashes, so no way out of the folder.
const SAFE_NAME = /^[\w.-]+$/;
const READ_MORE_DELAY_MS = 500;

/** Where the server listens. */
export interface FixtureServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Defaults to 127.0.0.1, so the server is not reachable from other machines. */
  host?: string;
  /** More articles served as news pages at `/news/<id>.html`, as the bundled sources are (each by its own outlet). */
  newsSources?: readonly SourceText[];
  /** Pages the caller makes, served at `/hostile/<name>.html` (the end-to-end tests' hostile pages). */
  hostilePages?: Readonly<Record<string, (url: URL) => string>>;
}

/** A running fixture server. */
export interface FixtureServer {
  /** The server's origin, without a trailing slash: `http://127.0.0.1:54321`. */
  url: string;
  close(): Promise<void>;
}

interface Page {
  status: number;
  type: string;
  body: string | Buffer;
}

const HTML = 'text/html; charset=utf-8';
const NOT_FOUND: Page = { status: 404, type: 'text/plain; charset=utf-8', body: 'Not found\n' };

/**
 * The sources, read on every request so that edits show on reload, with the scrape's debris
 * (a repeated headline or byline, a date stamp, trailing page furniture) blanked out of the story.
 */
async function loadSources(): Promise<SourceText[]> {
  const files = (await readdir(SOURCES_DIR)).filter((f) => f.endsWith('.txt')).sort();
  return Promise.all(
    files.map(async (file) =>
      withoutDebris(parseSourceText(await readFile(join(SOURCES_DIR, file), 'utf8'), file)),
    ),
  );
}

async function corpusNames(): Promise<string[]> {
  try {
    return (await readdir(CORPUS_DIR))
      .filter((f) => f.endsWith('.html'))
      .map((f) => f.slice(0, -'.html'.length))
      .sort();
  } catch {
    return [];
  }
}

/** The decoded name in `/<folder>/<name>.html`, or null when the path is not that or the name is unsafe. */
function nameIn(pathname: string, folder: string): string | null {
  const match = pathname.match(new RegExp(`^/${folder}/([^/]+)\\.html$`));
  if (!match) return null;
  let name: string;
  try {
    name = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  return SAFE_NAME.test(name) && !name.startsWith('.') ? name : null;
}

/**
 * The script of `/dynamic/` pages: `window.__appendParagraph(text)` adds a paragraph to the story
 * (content that arrives after the extension has read the page), and `more` paragraphs are appended
 * after load, like a "read more" link. `<html data-more>` says "pending" then "loaded" for tests to wait on.
 */
function dynamicScript(more: string[]): string {
  return `
(() => {
  const story = document.querySelector('article .story-body');
  window.__appendParagraph = (text) => {
    const p = document.createElement('p');
    p.textContent = String(text);
    story.append(p);
    return p;
  };
  const more = ${scriptJson(more)};
  if (more.length === 0) return;
  document.documentElement.dataset.more = 'pending';
  const readMore = () =>
    setTimeout(() => {
      for (const text of more) window.__appendParagraph(text);
      document.documentElement.dataset.more = 'loaded';
    }, ${READ_MORE_DELAY_MS});
  if (document.readyState === 'complete') readMore();
  else window.addEventListener('load', readMore);
})();
`;
}

async function route(url: URL, options: FixtureServerOptions): Promise<Page> {
  const { pathname } = url;
  if (pathname === '/' || pathname === '/index.html') {
    const body = renderDemoIndex(await loadSources(), { corpusPages: await corpusNames() });
    return { status: 200, type: HTML, body };
  }

  const newsName = nameIn(pathname, 'news');
  if (newsName) {
    const sources = [...(await loadSources()), ...(options.newsSources ?? [])];
    const exact = sources.find((s) => s.id === newsName);
    const inline = exact ? undefined : sources.find((s) => `${s.id}-inline` === newsName);
    const source = exact ?? inline;
    if (!source) return NOT_FOUND;
    const body = renderNewsPage(source, {
      inlineMarkup: Boolean(inline),
      url: url.href,
      ...(source.outlet ? { outlet: source.outlet } : {}),
    });
    return { status: 200, type: HTML, body };
  }

  const dynamicName = nameIn(pathname, 'dynamic');
  if (dynamicName) {
    const source = (await loadSources()).find((s) => s.id === dynamicName);
    if (!source) return NOT_FOUND;
    const paragraphs = storyParagraphs(source.text).map((p) => p.text);
    const shown = url.searchParams.get('more') === '1' ? Math.ceil(paragraphs.length / 2) : paragraphs.length;
    const script = dynamicScript(paragraphs.slice(shown));
    const body = renderNewsPage(source, { url: url.href, paragraphLimit: shown, script });
    return { status: 200, type: HTML, body };
  }

  const hostileName = nameIn(pathname, 'hostile');
  if (hostileName) {
    const make =
      options.hostilePages && Object.hasOwn(options.hostilePages, hostileName)
        ? options.hostilePages[hostileName]
        : undefined;
    return make ? { status: 200, type: HTML, body: make(url) } : NOT_FOUND;
  }

  const pageName = nameIn(pathname, 'pages');
  if (pageName) {
    const file = join(CORPUS_DIR, `${pageName}.html`);
    // Belt and braces: the name check already keeps the file in the corpus folder.
    if (dirname(file) !== CORPUS_DIR || basename(file) !== `${pageName}.html`) return NOT_FOUND;
    try {
      return { status: 200, type: HTML, body: await readFile(file) };
    } catch {
      return NOT_FOUND;
    }
  }
  return NOT_FOUND;
}

async function respond(
  request: IncomingMessage,
  response: ServerResponse,
  options: FixtureServerOptions,
): Promise<void> {
  let page: Page;
  if (request.method !== 'GET' && request.method !== 'HEAD') page = NOT_FOUND;
  else {
    try {
      // The Host header makes the page's canonical address the one the browser asked for.
      page = await route(
        new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`),
        options,
      );
    } catch (error) {
      // A malformed source file is worth seeing in the browser rather than as a hung request.
      page = { status: 500, type: 'text/plain; charset=utf-8', body: `${String(error)}\n` };
    }
  }
  const body = typeof page.body === 'string' ? Buffer.from(page.body, 'utf8') : page.body;
  response.writeHead(page.status, {
    'content-type': page.type,
    'content-length': body.length,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/**
 * Starts the fixture server. Routes: `/` the demo index; `/news/<source-id>.html` a source as a
 * news page (`renderNewsPage`), `/news/<source-id>-inline.html` the same with inline markup;
 * `/dynamic/<source-id>.html` the page with `window.__appendParagraph(text)`, and with `?more=1`
 * only the first half of the story, the rest appended 500 ms after load; `/pages/<name>.html` the
 * saved page `tests/fixtures/pages/corpus/<name>.html`; `/hostile/<name>.html` the page that
 * `options.hostilePages[name]` makes. Anything else is a 404.
 */
export function startFixtureServer(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer((request, response) => void respond(request, response, options));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Keep-alive connections would hold close() open until they time out.
            server.closeAllConnections();
          }),
      });
    });
  });
}
