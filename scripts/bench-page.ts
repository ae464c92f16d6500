/**
 * `npm run bench:page`: the page-side costs, measured in Chromium and printed side by side.
 *  1. Detection time on the corpus's non-news pages (goal: median <= 2 ms).
 *  2. Putting highlights into the page given the spans, on each source page and a 1 MB article:
 *     Newslens vs mark.js marking the same mention texts vs a bare floor loop over known offsets
 *     (goals: <= 0.5x mark.js on the source pages, <= 0.1x on 1 MB, <= 2x the floor).
 *  3. Long tasks on the 1 MB article with the built extension, against the same page with
 *     highlights off (goal: none over 50 ms from the extension), and how highlights arrive.
 * `-- --quick` runs fewer repetitions and skips mark.js on 1 MB (which takes seconds).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { analyze } from '../analysis';
import { highlightSpans, type HighlightSpan } from '../analysis/highlights';
import { parseSourceText, type SourceText } from '../utils/source-text';
import {
  CHROMIUM_FLAGS,
  requireChromium,
  launchWithExtension,
  setSettings,
  waitForHighlights,
} from './lib/browser';
import { renderNewsPage } from './lib/news-page';
import { median } from './lib/timing';

const quick = process.argv.includes('--quick');
const CORPUS = process.env.CORPUS_DIR ?? '../shared/corpus/readability';
const ORIGIN = 'http://news.bench.test';

interface BenchApi {
  detect(): { ms: number; isNews: boolean };
  articleText(): string;
  newslens(spans: HighlightSpan[]): { ms: number; indexMs: number; marks: number };
  markjs(texts: string[]): Promise<{ ms: number; marks: number }>;
  prepareFloor(spans: HighlightSpan[]): number;
  floor(): { ms: number; marks: number };
}
type BenchWindow = Window & { __bench: BenchApi };

const fmt = (ms: number) =>
  ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
const pad = (text: string, width: number) => text.padEnd(width);

/** Serves `html` at `url` and nothing else: the saved pages' own subresources are refused. */
async function openHtml(page: Page, url: string, html: string): Promise<void> {
  await page.unroute('**/*').catch(() => {});
  await page.route('**/*', (route) =>
    route.request().url() === url
      ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' })
      : route.abort(),
  );
  await page.goto(url, { waitUntil: 'load' });
}

async function inject(page: Page, code: string): Promise<void> {
  await page.addScriptTag({ content: code });
}

async function detectionTimes(browser: Browser, code: string): Promise<void> {
  const labels = JSON.parse(readFileSync('tests/fixtures/corpus-labels.json', 'utf8')) as Record<
    string,
    { isNews: boolean }
  >;
  const names = Object.keys(labels).filter(
    (name) => !labels[name].isNews && existsSync(join(CORPUS, name, 'source.html')),
  );
  if (names.length === 0) {
    console.log(`1. Detection: no corpus at ${CORPUS}; skipped.`);
    return;
  }
  const page = await browser.newPage();
  const first: number[] = [];
  const warm: number[] = [];
  let calledNews = 0;
  for (const [i, name] of names.entries()) {
    // A neutral address: the folder's name ("blog", "wikipedia") must not tell the detector anything.
    await openHtml(page, `${ORIGIN}/page-${i}.html`, readFileSync(join(CORPUS, name, 'source.html'), 'utf8'));
    await inject(page, code);
    const runs = await page.evaluate(() =>
      Array.from({ length: 6 }, () => (window as unknown as BenchWindow).__bench.detect()),
    );
    first.push(runs[0].ms);
    warm.push(median(runs.slice(1).map((run) => run.ms)));
    if (runs[0].isNews) calledNews++;
  }
  await page.close();
  const sorted = [...first].sort((a, b) => a - b);
  console.log(`1. Detection on ${names.length} non-news corpus pages (Chromium, page main thread)`);
  console.log(
    `   first run per page (as the content script runs it): median ${fmt(median(first))}, p90 ${fmt(sorted[Math.floor(sorted.length * 0.9)])}, max ${fmt(sorted[sorted.length - 1])}`,
  );
  console.log(`   warm runs: median ${fmt(median(warm))}`);
  console.log(
    `   goal: median <= 2 ms: ${median(first) <= 2 ? 'met' : 'NOT met'}  (${calledNews} of these pages were called news)`,
  );
}

interface Article {
  name: string;
  html: string;
}

function sources(): SourceText[] {
  return readdirSync('assets/sources')
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => parseSourceText(readFileSync(join('assets/sources', name), 'utf8'), name));
}

/** A 1 MB article: the source texts' paragraphs repeated into one long story. */
function megabyteArticle(all: SourceText[]): Article {
  const story = all.map((source) => source.text.trim()).join('\n\n');
  const text = Array.from({ length: Math.ceil(1_000_000 / story.length) }, () => story).join('\n\n');
  return {
    name: `1 MB article (${(text.length / 1e6).toFixed(2)} M chars)`,
    html: renderNewsPage({ ...all[0], id: 'megabyte', text }),
  };
}

async function highlightTimes(
  browser: Browser,
  code: string,
  articles: Article[],
  megabyte: Article,
): Promise<void> {
  console.log(
    '\n2. Putting highlights into the page, given the spans (Chromium, synchronous, DOM work only)',
  );
  console.log(
    `   ${pad('page', 34)}${pad('spans', 8)}${pad('Newslens', 11)}${pad('mark.js', 11)}${pad('floor', 11)}${pad('vs mark.js', 12)}${pad('vs floor', 12)}reading the text (done for the analysis)`,
  );
  const page = await browser.newPage();
  for (const article of [...articles, megabyte]) {
    const big = article === megabyte;
    const url = `${ORIGIN}/news/${encodeURIComponent(article.name)}.html`;
    await openHtml(page, url, article.html);
    await inject(page, code);
    const text = await page.evaluate(() => (window as unknown as BenchWindow).__bench.articleText());
    const spans = highlightSpans(analyze(text));
    const texts = [...new Set(spans.map((span) => span.text))];
    const reps = big ? 1 : quick ? 3 : 7;
    const times: Record<'newslens' | 'markjs' | 'floor' | 'index', number[]> = {
      newslens: [],
      markjs: [],
      floor: [],
      index: [],
    };
    for (let rep = 0; rep < reps; rep++) {
      for (const method of ['newslens', 'markjs', 'floor'] as const) {
        if (method === 'markjs' && big && quick) continue;
        await openHtml(page, url, article.html);
        await inject(page, code);
        const result =
          method === 'newslens'
            ? await page.evaluate((s) => (window as unknown as BenchWindow).__bench.newslens(s), spans)
            : method === 'markjs'
              ? await page.evaluate((t) => (window as unknown as BenchWindow).__bench.markjs(t), texts)
              : await page.evaluate((s) => {
                  const api = (window as unknown as BenchWindow).__bench;
                  api.prepareFloor(s);
                  return api.floor();
                }, spans);
        times[method].push(result.ms);
        if ('indexMs' in result && typeof result.indexMs === 'number') times.index.push(result.indexMs);
      }
    }
    const ours = median(times.newslens);
    const markjs = times.markjs.length ? median(times.markjs) : NaN;
    const floor = median(times.floor);
    const markGoal = big ? 0.1 : 0.5;
    const vsMark = ours / markjs;
    console.log(
      `   ${pad(article.name.slice(0, 33), 34)}${pad(String(spans.length), 8)}${pad(fmt(ours), 11)}${pad(Number.isNaN(markjs) ? '(skipped)' : fmt(markjs), 11)}${pad(fmt(floor), 11)}` +
        `${pad(Number.isNaN(vsMark) ? '-' : `${vsMark.toFixed(3)}x ${vsMark <= markGoal ? 'ok' : 'NOT'}`, 12)}${pad(`${(ours / floor).toFixed(2)}x ${ours / floor <= 2 ? 'ok' : 'NOT'}`, 12)}${fmt(median(times.index))}`,
    );
  }
  console.log(
    '   goals: <= 0.5x mark.js on source pages, <= 0.1x on 1 MB, <= 2x the floor; medians of 7 runs (1 on 1 MB);\n' +
      '   Newslens = plan + wrap on the index the content script built to read the text (last column, not in the ratios)',
  );
  await page.close();
}

/** In the page's main world: long tasks, heartbeat gaps, and when highlights arrive and where. */
function pageProbe(): void {
  const probe = {
    longTasks: [] as { start: number; duration: number }[],
    gaps: [] as { start: number; duration: number }[],
    loadEnd: 0,
    firstMark: 0,
    firstMarkVisible: false,
    lastChange: 0,
    marks: 0,
  };
  (window as unknown as { __probe: typeof probe }).__probe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    if (now - last > 50) probe.gaps.push({ start: last, duration: now - last });
    last = now;
  }, 5);
  addEventListener('load', () => (probe.loadEnd = performance.now()));
  new MutationObserver(() => {
    const marks = document.getElementsByTagName('newslens-mark');
    if (marks.length === probe.marks) return;
    probe.marks = marks.length;
    probe.lastChange = performance.now();
    if (!probe.firstMark && marks.length) {
      probe.firstMark = probe.lastChange;
      probe.firstMarkVisible = [...marks].slice(0, 50).some((mark) => {
        const box = mark.getBoundingClientRect();
        return box.bottom > 0 && box.top < innerHeight;
      });
    }
  }).observe(document, { childList: true, subtree: true });
}

interface Probe {
  longTasks: { start: number; duration: number }[];
  gaps: { start: number; duration: number }[];
  loadEnd: number;
  firstMark: number;
  firstMarkVisible: boolean;
  lastChange: number;
  marks: number;
}

async function longTasks(megabyte: Article): Promise<void> {
  console.log("\n3. Long tasks on the 1 MB article with the built extension (after the page's load event)");
  const extension = await launchWithExtension();
  try {
    for (const enabled of [false, true]) {
      await setSettings(extension.worker, { enabled });
      const page = await extension.context.newPage();
      await page.addInitScript(pageProbe);
      await openHtml(page, `${ORIGIN}/news/megabyte-${enabled}.html`, megabyte.html);
      if (enabled) await waitForHighlights(page, { min: 100, quietMs: 3000, timeoutMs: 120_000 });
      else await page.waitForTimeout(4000);
      const probe = await page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
      const after = (list: { start: number; duration: number }[]) =>
        list.filter((task) => task.start + task.duration > probe.loadEnd);
      const over = (list: { duration: number }[]) => list.filter((task) => task.duration > 50);
      const tasks = after(probe.longTasks);
      const gaps = after(probe.gaps);
      const max = (list: { duration: number }[]) =>
        list.length ? fmt(Math.max(...list.map((task) => task.duration))) : 'none';
      console.log(
        `   highlights ${enabled ? 'on ' : 'off'}: long tasks > 50 ms: ${over(tasks).length} (longest ${max(tasks)}); heartbeat gaps > 50 ms: ${over(gaps).length} (longest ${max(gaps)})`,
      );
      if (enabled) {
        console.log(
          `   first highlight ${fmt(probe.firstMark - probe.loadEnd)} after load${probe.firstMarkVisible ? ', on screen' : ', NOT on screen'}; all ${probe.marks} marks by ${fmt(probe.lastChange - probe.loadEnd)}`,
        );
        console.log(
          `   goal: no task over 50 ms from the extension: ${over(tasks).length === 0 && over(gaps).length === 0 ? 'met' : 'NOT met'}`,
        );
      }
      await page.close();
    }
  } finally {
    await setSettings(extension.worker, { enabled: true }).catch(() => {});
    await extension.close();
  }
}

async function main(): Promise<void> {
  const executablePath = requireChromium();
  const bundle = await build({
    entryPoints: ['scripts/lib/bench-page-entry.ts'],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
    logLevel: 'silent',
  });
  const code = bundle.outputFiles[0].text;
  const all = sources();
  const articles = all.map((source) => ({
    name: `source ${source.id.slice(0, 3)} page`,
    html: renderNewsPage(source),
  }));
  const megabyte = megabyteArticle(all);
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
  try {
    await detectionTimes(browser, code);
    await highlightTimes(browser, code, articles, megabyte);
  } finally {
    await browser.close();
  }
  await longTasks(megabyte);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
