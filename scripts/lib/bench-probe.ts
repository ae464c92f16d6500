/**
 * The probe and detection measurements of `npm run bench:page` (part 1): detection timed by a bare
 * test extension's content script on the corpus's non-news pages, and the built probe's whole
 * main-thread time and size on the same pages, beside a bare content script's floor and, with
 * `--against`, another build's probe. The command-line flags are parsed in bench-page.ts.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, EXTENSION_DIR } from './browser';
import { COMPILE_HINT } from './compile-hint';
import { ExtensionProfiler } from './extension-profiler';
import { ExtensionTrace } from './extension-trace';
import { median, p90 } from './timing';

/** What the measurements take from the command line (and the corpus's folder), parsed in bench-page.ts. */
export interface ProbeOptions {
  /** The corpus's folder, each page's saved HTML in `<name>/source.html`. */
  corpus: string;
  /** How many times the pages are loaded in each way. */
  passes: number;
  /** How long after document_idle detection starts, in ms. */
  settleMs: number;
  /** Another build's unpacked chrome-mv3 folder to time beside this one's probe, or ''. */
  against: string;
}

export const fmt = (ms: number) =>
  ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
export const pad = (text: string, width: number) => text.padEnd(width);

/**
 * The test extension's content script: detection timed as `PageSession` times it (the document in
 * hand before the clock starts), the first call and five more, left on the page in an attribute.
 * It starts `settleMs` after document_idle: on this two-core machine the browser is still painting
 * the page then, and a first run that waits for a core measures the machine rather than detection's
 * main-thread time. Nothing of the extension touches the DOM before the first call.
 */
const detectionScript = (settleMs: number) => `
import { detectArticle } from '../../dom/detect-article';
const doc = document;
const time = () => {
  const start = performance.now();
  const { isNews } = detectArticle(doc);
  return { ms: performance.now() - start, isNews };
};
setTimeout(() => {
  const first = time();
  const warm = [time(), time(), time(), time(), time()];
  doc.documentElement.setAttribute('data-newslens-bench', JSON.stringify({ first, warm }));
}, ${settleMs});
`;

interface DetectionRun {
  first: { ms: number; isNews: boolean };
  warm: { ms: number }[];
}

/** A bare MV3 extension in a temporary folder whose only content script, at document_idle, is `script`. */
function bareExtension(name: string, script: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-bench-extension-'));
  writeFileSync(join(dir, 'content.js'), script);
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name,
      version: '1',
      content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_idle' }],
    }),
  );
  return dir;
}

/** The test extension whose content script is the detection timing above. */
async function detectionExtension(settleMs: number): Promise<string> {
  const bundle = await build({
    stdin: {
      contents: detectionScript(settleMs),
      resolveDir: 'scripts/lib',
      sourcefile: 'detect-content.ts',
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
    logLevel: 'silent',
  });
  // With the compile hint the built probe carries: detection's code compiled as the probe's is.
  return bareExtension('Newslens detection bench', COMPILE_HINT + bundle.outputFiles[0].text);
}

/**
 * The floor under the probe: the least a content script that reads the page costs its main thread.
 * It reads one attribute of the root element, and so pays for what the probe pays before it decides
 * anything: its isolated world, running a script there, and that world's bindings of the document and
 * of elements.
 */
const floorExtension = () =>
  bareExtension('Newslens floor bench', "(() => document.documentElement.getAttribute('lang'))();\n");

/** A page's saved HTML in the corpus at `corpus`. */
const pageHtml = (corpus: string, name: string) => readFileSync(join(corpus, name, 'source.html'), 'utf8');

/** The non-news pages (by the corpus's labels) of the corpus at `corpus`, or none when it is not there. */
export function nonNewsPages(corpus: string): string[] {
  const labels = JSON.parse(readFileSync('tests/fixtures/corpus-labels.json', 'utf8')) as Record<
    string,
    { isNews: boolean }
  >;
  return Object.keys(labels).filter(
    (name) => !labels[name].isNews && existsSync(join(corpus, name, 'source.html')),
  );
}

/**
 * Chromium with one unpacked extension, serving each page at its own address and refusing every
 * other request. https and cross-origin isolation give the page (and so a content script) a 5 us
 * clock instead of 100 us. `load` opens `html` at `url` in `page` and waits for its load event.
 */
async function browserServing(
  executablePath: string,
  extension: string,
): Promise<{
  context: BrowserContext;
  load(page: Page, url: string, html: string): Promise<void>;
  close(): Promise<void>;
}> {
  const profile = mkdtempSync(join(tmpdir(), 'newslens-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...CHROMIUM_FLAGS],
  });
  let served = { url: '', html: '' };
  await context.route('**/*', (route) =>
    route.request().url() === served.url
      ? route.fulfill({
          body: served.html,
          contentType: 'text/html; charset=utf-8',
          headers: {
            'Cross-Origin-Opener-Policy': 'same-origin',
            'Cross-Origin-Embedder-Policy': 'require-corp',
          },
        })
      : route.abort(),
  );
  return {
    context,
    async load(page, url, html) {
      served = { url, html };
      await page.goto(url, { waitUntil: 'load' });
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The address of page `i` of pass `pass`. Neutral, so that the folder's name ("blog", "wikipedia")
 * tells the detector nothing. In one tab every page is on one site, so the renderer is reused; in new
 * tabs a site per page gets a renderer of its own.
 */
const pageUrl = (way: Way, pass: number, i: number | string) =>
  way === 'one tab'
    ? `https://news.bench.test/page-${pass}-${i}.html`
    : `https://page-${pass}-${i}.bench.test/page.html`;
type Way = 'one tab' | 'new tabs';
const WAYS: Way[] = ['one tab', 'new tabs'];

/** Part 1's detection times: `names`, pages of the corpus, loaded `passes` times in each way. */
export async function detectionTimes(
  executablePath: string,
  names: string[],
  { corpus, passes, settleMs }: Pick<ProbeOptions, 'corpus' | 'passes' | 'settleMs'>,
): Promise<void> {
  const extension = await detectionExtension(settleMs);
  const { context, load: open, close } = await browserServing(executablePath, extension);
  const load = async (page: Page, url: string, html: string): Promise<DetectionRun> => {
    await open(page, url, html);
    const result = await page.waitForFunction(() =>
      document.documentElement.getAttribute('data-newslens-bench'),
    );
    return JSON.parse((await result.jsonValue()) as string) as DetectionRun;
  };

  console.log(
    `1. Detection on ${names.length} non-news corpus pages, timed in a content script (Chromium, isolated world, ${settleMs} ms after document_idle)`,
  );
  let goal = NaN;
  try {
    for (const way of WAYS) {
      // first[pass][page], and the warm runs' medians
      const first: number[][] = [];
      const warm: number[] = [];
      let calledNews = 0;
      const tab = way === 'one tab' ? await context.newPage() : null;
      // The tab's first page would also be its renderer's first: that is the new-tab case.
      if (tab) await load(tab, 'https://news.bench.test/warm-up.html', pageHtml(corpus, names[0]));
      for (let pass = 0; pass < passes; pass++) {
        first.push([]);
        for (const [i, name] of names.entries()) {
          const html = pageHtml(corpus, name);
          const url = pageUrl(way, pass, i);
          const page = tab ?? (await context.newPage());
          const run = await load(page, url, html);
          if (!tab) await page.close();
          first[pass].push(run.first.ms);
          warm.push(median(run.warm.map((r) => r.ms)));
          if (run.first.isNews && pass === 0) calledNews++;
        }
      }
      await tab?.close();
      const all = first.flat();
      const best = names.map((_, i) => Math.min(...first.map((pass) => pass[i])));
      const over =
        passes > 1
          ? ` over ${passes} passes (per pass: ${first.map((pass) => fmt(median(pass))).join(', ')})`
          : '';
      console.log(
        `   ${pad(`${way}:`, 10)} first run (cold) median ${fmt(median(all))}, p90 ${fmt(p90(all))}, max ${fmt(Math.max(...all))}${over}; warm runs median ${fmt(median(warm))}`,
      );
      if (passes > 1)
        console.log(
          `   ${pad('', 10)} best first run of each page: median ${fmt(median(best))}, p90 ${fmt(p90(best))}`,
        );
      const slowest = names
        .map((name, i) => ({ name, ms: median(first.map((pass) => pass[i])) }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 5);
      console.log(
        `   ${pad('', 10)} slowest: ${slowest.map(({ name, ms }) => `${name} ${fmt(ms)}`).join(', ')}`,
      );
      if (way === 'one tab') goal = median(all);
      if (calledNews) console.log(`   ${pad('', 10)} (${calledNews} of these pages were called news)`);
    }
  } finally {
    await close();
    rmSync(extension, { recursive: true, force: true });
  }
  console.log(
    `   goal: median <= 2 ms (one tab): ${goal <= 2 ? 'met' : 'NOT met'}; new tabs pay the renderer's first use of` +
      ' the engine (pattern compilation, DOM bindings) and show the worst case',
  );
}

/**
 * The probe's whole main-thread time on the same pages, with the built extension (its start,
 * detection, and the reader's work where detection takes a page for English news), from before the
 * page loads until 500 ms after: the cost Newslens puts on every page that is not news. Each page is
 * loaded twice with it: once under Chrome's trace events, which time each run of the extension's code exactly
 * (the thread's CPU time, and wall clock, which also counts the moments the system ran other threads
 * instead); once under a CPU profile sampled every 250 us (samples with its code on the stack), whose
 * sampling adds time of its own and which the earlier figures used. Side by side, in another browser,
 * the floor (`floorExtension`) under the same trace events: the part of the probe's time that any
 * content script reading the page pays.
 */
export async function probeTimes(
  executablePath: string,
  names: string[],
  { corpus, passes, against }: Pick<ProbeOptions, 'corpus' | 'passes' | 'against'>,
): Promise<void> {
  console.log(`   probe.js: ${await probeSize(against)}`);
  const floorDir = floorExtension();
  // Both browsers are closed and the floor's folder removed whatever fails, even their start.
  const started: { close(): Promise<void> }[] = [];
  const cleanUp = async () => {
    for (const server of started) await server.close().catch(() => {});
    rmSync(floorDir, { recursive: true, force: true });
  };
  let browser: Awaited<ReturnType<typeof browserServing>>;
  let floor: typeof browser;
  let other: typeof browser | null = null;
  try {
    started.push((browser = await browserServing(executablePath, EXTENSION_DIR)));
    started.push((floor = await browserServing(executablePath, floorDir)));
    if (against) started.push((other = await browserServing(executablePath, against)));
  } catch (error) {
    await cleanUp();
    throw error;
  }
  console.log(
    `   The probe with the built extension, its main-thread time per page (the detection times above are part of it):`,
  );
  let goal = NaN;
  try {
    for (const way of WAYS) {
      const wall: number[] = [];
      const cpu: number[] = [];
      const sampled: number[] = [];
      const floorWall: number[] = [];
      const floorCpu: number[] = [];
      const otherWall: number[] = [];
      const otherCpu: number[] = [];
      const tabs = new Map<typeof browser, Page>();
      if (way === 'one tab')
        for (const server of other ? [browser, floor, other] : [browser, floor]) {
          const tab = await server.context.newPage();
          tabs.set(server, tab);
          await server.load(tab, 'https://news.bench.test/warm-up.html', pageHtml(corpus, names[0]));
        }
      /** Page `name` loaded at `url` in `server` and left for 500 ms while `recorder` records. */
      const recorded = async <T>(
        server: typeof browser,
        url: string,
        name: string,
        recorder: (cdp: CDPSession) => { start(): Promise<void>; stop(): Promise<T> },
      ): Promise<T> => {
        const page = tabs.get(server) ?? (await server.context.newPage());
        const cdp = await server.context.newCDPSession(page);
        try {
          const record = recorder(cdp);
          await record.start();
          await server.load(page, url, pageHtml(corpus, name));
          await page.waitForTimeout(500);
          return await record.stop();
        } finally {
          await cdp.detach().catch(() => {});
          if (!tabs.has(server)) await page.close();
        }
      };
      for (let pass = 0; pass < passes; pass++)
        for (const [i, name] of names.entries()) {
          // Each measure goes first on every other page: the second runs where the page has just run.
          const measures = (i + pass) % 2 ? (['profile', 'trace'] as const) : (['trace', 'profile'] as const);
          // One traced load of this page in a browser, its wall and CPU times kept in the given lists.
          const traceInto = async (
            server: typeof browser,
            suffix: string,
            walls: number[],
            cpus: number[],
          ) => {
            const time = await recorded(
              server,
              pageUrl(way, pass, `${i}-${suffix}`),
              name,
              (cdp) => new ExtensionTrace(cdp),
            );
            walls.push(time.wallMs);
            cpus.push(time.cpuMs);
          };
          // The other build's probe, under the same trace events, before this one's on every other page.
          if (other && (i + pass) % 2) await traceInto(other, 'against', otherWall, otherCpu);
          for (const measure of measures) {
            // Another address for each measure: in new tabs, another site and so another renderer.
            if (measure === 'trace') await traceInto(browser, measure, wall, cpu);
            else {
              const url = pageUrl(way, pass, `${i}-${measure}`);
              sampled.push((await recorded(browser, url, name, (cdp) => new ExtensionProfiler(cdp))).ms);
            }
          }
          if (other && !((i + pass) % 2)) await traceInto(other, 'against', otherWall, otherCpu);
          await traceInto(floor, 'floor', floorWall, floorCpu);
        }
      for (const tab of tabs.values()) await tab.close();
      const line = (label: string, times: number[]) =>
        `${label} median ${fmt(median(times))}, p90 ${fmt(p90(times))}, max ${fmt(Math.max(...times))}`;
      const over = (probe: number[], base: number[]) => fmt(median(probe.map((ms, k) => ms - base[k])));
      console.log(`   ${pad(`${way}:`, 10)} ${line('trace events, thread CPU time:', cpu)}`);
      console.log(`   ${pad('', 10)} ${line('trace events, wall clock:', wall)}`);
      console.log(`   ${pad('', 10)} ${line('CPU profile samples:', sampled)}`);
      console.log(
        `   ${pad('', 10)} floor (a content script reading one element), trace events: CPU time median ${fmt(median(floorCpu))}, wall clock ${fmt(median(floorWall))};` +
          ` the probe over the floor, paired per page: CPU time ${over(cpu, floorCpu)}, wall clock ${over(wall, floorWall)}`,
      );
      if (other)
        console.log(
          `   ${pad('', 10)} against ${against}, trace events: CPU time median ${fmt(median(otherCpu))}, wall clock ${fmt(median(otherWall))};` +
            ` this build over it, paired per page: CPU time ${over(cpu, otherCpu)}, wall clock ${over(wall, otherWall)}`,
        );
      if (way === 'one tab') goal = median(cpu);
    }
  } finally {
    await cleanUp();
  }
  console.log(
    `   goal: the content script's main-thread time, median <= 2 ms (one tab, trace events, thread CPU time): ${goal <= 2 ? 'met' : 'NOT met'}`,
  );
}

/**
 * The built probe's size (and the other build's, with `--against`), and its share by source module:
 * the probe bundled and minified apart by esbuild, whose sizes come within a few percent of the build's.
 */
async function probeSize(against: string): Promise<string> {
  const kb = (dir: string) => {
    const file = join(dir, 'probe.js');
    return existsSync(file) ? `${(readFileSync(file).length / 1000).toFixed(2)} KB` : 'missing';
  };
  const { metafile } = await build({
    entryPoints: ['entrypoints/probe.ts'],
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    metafile: true,
    target: 'chrome120',
    // WXT's own module (defineUnlistedScript) is left out; '@' is the project root, as in the build.
    external: ['#imports'],
    alias: { '@': '.' },
    logLevel: 'silent',
  });
  const inputs = Object.values(metafile.outputs)[0]?.inputs ?? ({} as Metafile['outputs'][string]['inputs']);
  const modules = Object.entries(inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
    .map(([path, input]) => `${path} ${(input.bytesInOutput / 1000).toFixed(1)}`)
    .join(', ');
  return `${kb(EXTENSION_DIR)} built${against ? ` (against: ${kb(against)})` : ''}; by module, KB: ${modules}`;
}
