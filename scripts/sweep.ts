/**
 * `npm run sweep -- DIR [--jobs N] [--only NAME,...]`: loads every `<name>/source.html` under DIR
 * in Chromium with the built extension and checks that the extension never breaks the page (`--only`
 * picks pages by folder name). Per page it reports the
 * extension's own verdict (news or not: the reader's reports to the background, else the probe's verdict),
 * highlights by kind, errors the extension threw or logged (content script and service worker),
 * whether the body's text changed, whether turning highlights off restored the body's serialised DOM
 * exactly, and the extension's main-thread time. It ends with totals and exits with 1 on any error,
 * text change, restore difference or page that could not be checked.
 *
 * Pages are served from 127.0.0.x on this machine at a neutral address (`/page-<n>.html`, so the
 * folder's name tells the detector nothing), every other request is refused, and `--jobs` pages
 * (default 3) load at once in one browser. Each job has a host of its own (127.0.0.1, 127.0.0.2...):
 * a site of its own gets a renderer process of its own, so a page's CPU profile holds only that page,
 * and highlights are turned off for one job's page alone by listing its host in `disabledSites`.
 *
 * The helpers that watch the extension (errors, statuses, CPU profile) are exported for the
 * end-to-end tests of hostile pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import type { PageStatus } from '../utils/messages';
import { PAGE_STATE } from '../utils/page-state';
import { EXTENSION_DIR, launchWithExtension, setSettings, type ExtensionBrowser } from './lib/browser';
import { openPage } from '../tests/e2e/page';
import { ExtensionProfiler, type ExtensionCpu } from './lib/extension-profiler';
import { median, p90 } from './lib/timing';

// ---------------------------------------------------------------------------------------------
// Watching the extension: its statuses and errors in the service worker, its errors and CPU time in a page.

/** What the sweep's listener in the service worker keeps, by the address of the page that sent it. */
interface WorkerProbe {
  statuses: Record<string, PageStatus[]>;
  /** The length of each text the page asked the background to analyse. */
  analyses: Record<string, number[]>;
  errors: string[];
}

/** The little of the extension APIs the service worker helpers below call. */
interface ChromeApis {
  tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> };
  scripting: {
    executeScript(injection: {
      target: { tabId: number; frameIds: number[] };
      func: (name: string) => PageStatus | null;
      args: [string];
    }): Promise<{ result?: PageStatus | null }[]>;
  };
}

interface ChromeRuntime {
  runtime: {
    onMessage: {
      addListener(listener: (message: unknown, sender: { url?: string; frameId?: number }) => void): void;
    };
  };
}

/**
 * Listens in the extension's service worker, beside the background's own listener, for the
 * `page-status` messages the reader sends (the verdict and highlight counts the popup shows),
 * and for errors the worker does not catch. Idempotent: a worker that restarted gets it again.
 */
export async function installWorkerProbe(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { __newslensProbe?: WorkerProbe; chrome: ChromeRuntime } & Pick<
      typeof globalThis,
      'addEventListener'
    >;
    if (scope.__newslensProbe) return;
    const probe: WorkerProbe = { statuses: {}, analyses: {}, errors: [] };
    scope.__newslensProbe = probe;
    scope.chrome.runtime.onMessage.addListener((message, sender) => {
      const request = message as { type?: string; status?: PageStatus; text?: unknown } | null;
      if (request?.type === 'analyze' && typeof request.text === 'string' && sender.url)
        (probe.analyses[sender.url] ??= []).push(request.text.length);
      if (request?.type !== 'page-status' || !request.status || sender.frameId !== 0) return;
      (probe.statuses[request.status.url] ??= []).push(request.status);
    });
    scope.addEventListener('error', (event) => probe.errors.push(`service worker: ${String(event.message)}`));
    scope.addEventListener('unhandledrejection', (event) =>
      probe.errors.push(`service worker: unhandled rejection ${String(event.reason)}`),
    );
  });
}

/**
 * Every status the reader of the page at `url` has sent so far, oldest first; where no reader has
 * reported (a page that is not English news), the probe's verdict, read where the popup reads it: in
 * the page's isolated world, by `scripting.executeScript` from the extension.
 */
export async function statusesOf(worker: Worker, url: string): Promise<PageStatus[]> {
  await installWorkerProbe(worker);
  return worker.evaluate(
    async ({ address, key }) => {
      const scope = globalThis as unknown as { __newslensProbe: WorkerProbe; chrome: ChromeApis };
      const sent = scope.__newslensProbe.statuses[address] ?? [];
      if (sent.length) return sent;
      for (const tab of await scope.chrome.tabs.query({})) {
        if (tab.id === undefined || tab.url !== address) continue;
        const results = await scope.chrome.scripting
          .executeScript({
            target: { tabId: tab.id, frameIds: [0] },
            // The same read as `readPageState`. An array's element, not a property's value: tsx wraps a
            // function it can name in a `__name` helper, which the worker does not have.
            func: [
              (name: string) =>
                (Object.hasOwn(globalThis, name)
                  ? (globalThis as unknown as Record<string, { status?: PageStatus }>)[name].status
                  : null) ?? null,
            ][0],
            args: [key],
          })
          .catch(() => []);
        const status = results[0]?.result;
        if (status?.url === address) return [status];
      }
      return [];
    },
    { address: url, key: PAGE_STATE },
  );
}

/**
 * The length of every text the page at `url` has asked the background to analyse: how much work the
 * page has cost the background. (The address is the page's when it asked; client-side navigation changes it.)
 */
export async function analysesOf(worker: Worker, url: string): Promise<number[]> {
  await installWorkerProbe(worker);
  return worker.evaluate(
    (address) =>
      (globalThis as unknown as { __newslensProbe: WorkerProbe }).__newslensProbe.analyses[address] ?? [],
    url,
  );
}

/** Errors the service worker did not catch since the last call, and empties the list. */
export async function takeWorkerErrors(worker: Worker): Promise<string[]> {
  await installWorkerProbe(worker);
  return worker.evaluate(() => {
    const probe = (globalThis as unknown as { __newslensProbe: WorkerProbe }).__newslensProbe;
    return probe.errors.splice(0);
  });
}

/**
 * Waits until the page's content script has sent at least `count` statuses, and returns them all;
 * returns what there is after `timeoutMs`.
 */
export async function waitForStatuses(
  worker: Worker,
  url: string,
  count: number,
  timeoutMs = 15_000,
): Promise<PageStatus[]> {
  const started = Date.now();
  for (;;) {
    const statuses = await statusesOf(worker, url);
    if (statuses.length >= count || Date.now() - started > timeoutMs) return statuses;
    await new Promise((done) => setTimeout(done, 100));
  }
}

interface ConsoleArgument {
  type: string;
  value?: unknown;
  description?: string;
}

/**
 * Errors from the extension's isolated world in one page, over the DevTools protocol: uncaught
 * exceptions and rejections, console errors and warnings, and the content script's own
 * "Newslens: ... failed" notes (a caught failure it reports at debug level). The world is told
 * apart by its origin, so errors whose stack names no extension file are caught too.
 */
export class ExtensionErrorWatch {
  readonly errors: string[] = [];
  private readonly contexts = new Set<number>();

  private constructor(readonly cdp: CDPSession) {
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.origin.startsWith('chrome-extension://')) this.contexts.add(context.id);
    });
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
      if (exceptionDetails.executionContextId === undefined) return;
      if (!this.contexts.has(exceptionDetails.executionContextId)) return;
      const description = exceptionDetails.exception?.description ?? exceptionDetails.text;
      this.errors.push(`uncaught: ${description.split('\n')[0]}`);
    });
    cdp.on('Runtime.consoleAPICalled', ({ type, args, executionContextId }) => {
      if (!this.contexts.has(executionContextId)) return;
      const text = (args as ConsoleArgument[])
        .map((arg) => (arg.type === 'string' ? String(arg.value) : (arg.description ?? String(arg.value))))
        .join(' ');
      if (type === 'error' || type === 'warning' || (type === 'debug' && /^Newslens:/.test(text)))
        this.errors.push(`console.${type}: ${text.split('\n')[0]}`);
    });
  }

  /** Starts watching `page`; call before it navigates, so the content script's world is seen being created. */
  static async start(context: BrowserContext, page: Page): Promise<ExtensionErrorWatch> {
    const watch = new ExtensionErrorWatch(await context.newCDPSession(page));
    await watch.cdp.send('Runtime.enable');
    return watch;
  }
}

// ---------------------------------------------------------------------------------------------
// The sweep.

/** What the sweep found on one page. */
export interface PageReport {
  name: string;
  /** Why the page could not be checked (it did not load, or the extension never gave a verdict). */
  failure?: string;
  status: PageStatus | null;
  marks: { leader: number; claim: number; other: number };
  errors: string[];
  /** Where the text differs from the page's own, with highlights on or off; null when it never did. */
  textChange: string | null;
  /** Where the body's serialised DOM differs from the page's own after highlights were turned off. */
  restoreDifference: string | null;
  /** The page's own changes to its DOM after DOMContentLoaded. */
  pageChanges: number;
  cpu: ExtensionCpu | null;
  /** Texts the page asked the background to analyse: 1, or 2 for a long article (the part on screen first). */
  analyses: number;
  seconds: number;
}

interface SweepPage {
  name: string;
  file: string;
}

/** A server on one loopback address: `/page-<n>.html` is page n, everything else is a 404. */
function startPageServer(
  host: string,
  pages: readonly SweepPage[],
): Promise<{ origin: string; server: Server }> {
  const server = createServer((request, response) => {
    const match = /^\/page-(\d+)\.html$/.exec(request.url ?? '');
    const page = match ? pages[Number(match[1])] : undefined;
    let body: Buffer | null = null;
    try {
      body = page ? readFileSync(page.file) : null;
    } catch {
      body = null;
    }
    response.writeHead(body ? 200 : 404, {
      'content-type': body ? 'text/html; charset=utf-8' : 'text/plain',
      'cache-control': 'no-store',
    });
    response.end(body ?? 'Not found\n');
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, host, () => {
      const { port } = server.address() as AddressInfo;
      done({ origin: `http://${host}:${port}`, server });
    });
  });
}

/** The first place two strings differ, with a little of each around it. */
export function firstDifference(expected: string, actual: string): string {
  let at = 0;
  while (at < expected.length && at < actual.length && expected[at] === actual[at]) at++;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 30), at + 50));
  return `at ${at} of ${expected.length}/${actual.length}: expected ${around(expected)}, got ${around(actual)}`;
}

/** What `watchPageChanges` keeps in the page's main world. */
interface PageChanges {
  /** The page's own changes since DOMContentLoaded. */
  count: number;
  /** The body as the page last made it, without highlights. */
  baseline: { html: string; text: string };
}

/**
 * In the page's main world, from the first script on: follows the page's own changes to its DOM
 * after DOMContentLoaded (elements added or removed, attributes set), which the extension never
 * makes: its changes add and remove text nodes and `<newslens-mark>` elements only. Saved pages run
 * their scripts after loading (ads, lazy images, late markup); each of their changes takes a new
 * copy of the body with any highlights unwrapped (text nodes the highlighter cut serialise as the
 * whole): the page's own DOM to compare against later.
 * No named inner functions: tsx would wrap them in a helper that the page does not have.
 */
function watchPageChanges(): void {
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      if (!document.body) return;
      const changes: PageChanges = {
        count: 0,
        baseline: { html: document.body.innerHTML, text: document.body.textContent ?? '' },
      };
      (window as unknown as { __pageChanges: PageChanges }).__pageChanges = changes;
      new MutationObserver((records) => {
        const own = records.some((record) =>
          record.type === 'attributes'
            ? record.target.nodeName !== 'NEWSLENS-MARK'
            : [...record.addedNodes, ...record.removedNodes].some(
                (node) => node.nodeType === 1 && node.nodeName !== 'NEWSLENS-MARK',
              ),
        );
        if (!own) return;
        changes.count++;
        const copy = document.body.cloneNode(true) as HTMLElement;
        for (const mark of [...copy.getElementsByTagName('newslens-mark')])
          mark.replaceWith(...mark.childNodes);
        changes.baseline = { html: copy.innerHTML, text: document.body.textContent ?? '' };
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    },
    { once: true },
  );
}

interface Body {
  html: string;
  text: string;
  changes: PageChanges;
}

const readBody = (page: Page): Promise<Body> =>
  page.evaluate(() => ({
    html: document.body.innerHTML,
    text: document.body.textContent ?? '',
    // A page without a body at DOMContentLoaded (a frameset) has only the copy taken then.
    changes: (window as unknown as { __pageChanges?: PageChanges }).__pageChanges ?? {
      count: 0,
      baseline: window.__pristine ?? { html: '', text: '' },
    },
  }));

const countMarks = (page: Page) =>
  page.$$eval('newslens-mark', (marks) => {
    const counts = { leader: 0, claim: 0, other: 0 };
    for (const mark of marks) {
      const kind = mark.getAttribute('data-newslens-kind');
      if (kind === 'leader' || kind === 'claim') counts[kind]++;
      else counts.other++;
    }
    return counts;
  });

/**
 * Waits until neither the page's marks nor its statuses have changed for `quietMs`: a long article
 * is shown in two rounds (the part on screen, then the whole), each ending with a status.
 */
export async function highlightsSettle(
  page: Page,
  worker: Worker,
  url: string,
  quietMs: number,
  timeoutMs: number,
): Promise<void> {
  const started = Date.now();
  let last = '';
  let since = Date.now();
  while (Date.now() - started < timeoutMs) {
    const now = `${await page.locator('newslens-mark').count()}/${(await statusesOf(worker, url)).length}`;
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
    await page.waitForTimeout(100);
  }
}

/** Settings writes from several jobs, one after another, each with the whole list of hosts turned off. */
class SiteSwitch {
  private readonly off = new Set<string>();
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly worker: Worker) {}

  set(host: string, on: boolean): Promise<void> {
    if (on) this.off.delete(host);
    else this.off.add(host);
    const disabledSites = [...this.off];
    this.queue = this.queue.then(() => setSettings(this.worker, { enabled: true, disabledSites }));
    return this.queue;
  }
}

interface Job {
  host: string;
  origin: string;
}

const LOAD_TIMEOUT_MS = 30_000;

async function sweepPage(
  browser: ExtensionBrowser,
  sites: SiteSwitch,
  job: Job,
  page: SweepPage,
  index: number,
): Promise<PageReport> {
  const started = Date.now();
  const report: PageReport = {
    name: page.name,
    status: null,
    marks: { leader: 0, claim: 0, other: 0 },
    errors: [],
    textChange: null,
    restoreDifference: null,
    pageChanges: 0,
    cpu: null,
    analyses: 0,
    seconds: 0,
  };
  const url = `${job.origin}/page-${index}.html`;
  const { page: tab } = await openPage(browser.context, job.origin);
  try {
    await tab.addInitScript(watchPageChanges);
    const watch = await ExtensionErrorWatch.start(browser.context, tab);
    const profiler = new ExtensionProfiler(watch.cdp);
    await profiler.start();
    let response = null;
    for (let attempt = 0; attempt < 2 && !response; attempt++) {
      try {
        response = await tab.goto(url, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT_MS });
      } catch (error) {
        report.failure = `did not load: ${String(error).split('\n')[0]}`;
      }
    }
    if (!response) return report;
    if (!response.ok()) {
      report.failure = `did not load: HTTP ${response.status()}`;
      return report;
    }
    report.failure = undefined;
    await tab.waitForLoadState('load', { timeout: LOAD_TIMEOUT_MS }).catch(() => {});

    // The first status is the verdict; news the extension reads reports again once highlighted.
    const first = await waitForStatuses(browser.worker, url, 1);
    if (first.length === 0) {
      report.failure = 'no verdict from the extension';
      return report;
    }
    const readable = first[0].isNews && first[0].readable;
    if (readable) {
      await waitForStatuses(browser.worker, url, 2, 30_000);
      await highlightsSettle(tab, browser.worker, url, 800, 30_000);
    } else await tab.waitForTimeout(300);
    report.marks = await countMarks(tab);
    const on = await readBody(tab);

    const reportsBeforeOff = (await statusesOf(browser.worker, url)).length;
    await sites.set(job.host, false);
    if (readable) {
      // Turning off unwraps every mark and reports the empty counts in the same task.
      await waitForStatuses(browser.worker, url, reportsBeforeOff + 1, 10_000);
      await tab.waitForFunction(
        () => document.getElementsByTagName('newslens-mark').length === 0,
        undefined,
        {
          timeout: 10_000,
        },
      );
    }
    const off = await readBody(tab);
    // The status as highlighted (the last before turning off), with the first detection's time.
    const statuses = await statusesOf(browser.worker, url);
    report.status = { ...statuses[reportsBeforeOff - 1], detectMs: first[0].detectMs };
    report.cpu = await profiler.stop();
    report.analyses = (await analysesOf(browser.worker, url)).length;

    // The page's own DOM: as parsed, or as its scripts last made it, each at the moment it was read.
    const own = { on: on.changes.baseline, off: off.changes.baseline };
    if (on.text !== own.on.text)
      report.textChange = `with highlights: ${firstDifference(own.on.text, on.text)}`;
    else if (off.text !== own.off.text)
      report.textChange = `after turning off: ${firstDifference(own.off.text, off.text)}`;
    if (off.html !== own.off.html) report.restoreDifference = firstDifference(own.off.html, off.html);
    report.pageChanges = off.changes.count;
    report.errors = [...new Set(watch.errors)];
    await watch.cdp.detach().catch(() => {});
  } catch (error) {
    report.failure = `sweep failed: ${String(error).split('\n')[0]}`;
  } finally {
    await tab.close().catch(() => {});
    await sites.set(job.host, true);
    report.seconds = (Date.now() - started) / 1000;
  }
  return report;
}

/** The pages under `dir`: every `<name>/source.html`, by name. */
export function sweepPages(dir: string): SweepPage[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'source.html')))
    .map((entry) => ({ name: entry.name, file: join(dir, entry.name, 'source.html') }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

const ms = (value: number | undefined) => (value === undefined ? '-' : value.toFixed(value < 10 ? 1 : 0));

function verdict(status: PageStatus | null): string {
  if (!status) return '?';
  if (!status.isNews) return '-';
  return status.readable ? 'news' : `news (${status.language || '?'})`;
}

const LEGEND = `
verdict: the extension's own (its status for the popup): news, news in a language it does not read, or -.
leaders, claims: <newslens-mark> elements of each kind once highlighting settled.
text: body.textContent with highlights on and after turning them off, against the page's own.
restore: the body's innerHTML after turning highlights off, against the page's own (as parsed, or as its
  scripts last changed it).
detect ms: PageStatus.detectMs, the first detection's main-thread time as the content script timed it.
cpu ms: samples (every 250 us) of the page's main thread with extension code on the stack, from before
  navigation until highlights were turned off: its scripts' compile and run time plus the DOM and layout
  work they call; not the layout the browser does later on its own. A sample counts for at most 1 ms, so
  time the thread spent off the CPU is not charged. longest ms: the longest unbroken run of them.
analyses: texts the page asked the background to analyse (1; 2 for a long article, the part on screen first).`;

function printTable(reports: readonly PageReport[], labels: Record<string, { isNews: boolean }>): void {
  const rows = reports.map((r) => {
    const label = labels[r.name];
    const disagrees = label && r.status && label.isNews !== r.status.isNews ? ' *' : '';
    return [
      r.name,
      r.failure ? 'FAILED' : verdict(r.status) + disagrees,
      String(r.marks.leader),
      String(r.marks.claim),
      String(r.errors.length),
      r.failure ? '-' : r.textChange ? 'CHANGED' : 'same',
      r.failure ? '-' : r.restoreDifference ? 'DIFFERS' : 'exact',
      ms(r.status?.detectMs),
      ms(r.cpu?.ms),
      ms(r.cpu?.longestMs),
      String(r.analyses),
      r.seconds.toFixed(1),
    ];
  });
  const head = [
    'page',
    'verdict',
    'leaders',
    'claims',
    'errors',
    'text',
    'restore',
    'detect ms',
    'cpu ms',
    'longest ms',
    'analyses',
    's',
  ];
  const widths = head.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i < 2 || i === 5 || i === 6 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ');
  console.log(line(head));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

function printDetails(reports: readonly PageReport[]): void {
  for (const r of reports) {
    const notes = [
      ...(r.failure ? [r.failure] : []),
      ...r.errors,
      ...(r.textChange ? [`text changed ${r.textChange}`] : []),
      ...(r.restoreDifference ? [`DOM not restored ${r.restoreDifference}`] : []),
    ];
    if (notes.length) console.log(`\n${r.name}:\n${notes.map((note) => `  ${note}`).join('\n')}`);
  }
}

function printTotals(
  reports: readonly PageReport[],
  labels: Record<string, { isNews: boolean }>,
  seconds: number,
): number {
  const checked = reports.filter((r) => !r.failure);
  const news = checked.filter((r) => r.status?.isNews);
  const readable = news.filter((r) => r.status?.readable);
  const sum = (pick: (r: PageReport) => number) => reports.reduce((total, r) => total + pick(r), 0);
  const failures = reports.length - checked.length;
  const errors = reports.filter((r) => r.errors.length).length;
  const textChanges = reports.filter((r) => r.textChange).length;
  const restores = reports.filter((r) => r.restoreDifference).length;
  const moving = checked.filter((r) => r.pageChanges > 0).length;
  const labelled = checked.filter((r) => labels[r.name] && r.status);
  const agree = labelled.filter((r) => labels[r.name].isNews === r.status?.isNews).length;
  const detect = checked.map((r) => r.status?.detectMs ?? 0);
  const cpu = checked.map((r) => r.cpu?.ms ?? 0);
  const longest = checked.map((r) => r.cpu?.longestMs ?? 0);
  console.log(`\nTotals over ${reports.length} pages (${seconds.toFixed(0)} s):`);
  console.log(`  checked ${checked.length}, could not be checked ${failures}`);
  console.log(
    `  news ${news.length} (read and highlighted: ${readable.length}), not news ${checked.length - news.length}`,
  );
  if (labelled.length)
    console.log(
      `  verdict agrees with tests/fixtures/corpus-labels.json on ${agree} of ${labelled.length} labelled pages (* = disagrees)`,
    );
  console.log(
    `  highlights: ${sum((r) => r.marks.leader)} leader and ${sum((r) => r.marks.claim)} claim marks on ${checked.filter((r) => r.marks.leader + r.marks.claim > 0).length} pages` +
      (sum((r) => r.marks.other) ? `, ${sum((r) => r.marks.other)} of another kind` : ''),
  );
  console.log(
    `  pages with extension errors: ${errors}; text changes: ${textChanges}; restore differences: ${restores}`,
  );
  if (moving)
    console.log(
      `  ${moving} pages changed their own DOM after loading: each checked against its DOM as it last made it`,
    );
  const rereads = checked.filter((r) => r.analyses > 1).length;
  console.log(
    `  texts analysed: ${sum((r) => r.analyses)}; pages analysed more than once: ${rereads} (twice is expected for articles over 30,000 characters)`,
  );
  if (checked.length) {
    console.log(
      `  detection (detectMs): median ${ms(median(detect))} ms, p90 ${ms(p90(detect))} ms, max ${ms(Math.max(...detect))} ms`,
    );
    console.log(
      `  extension on the main thread (sampled): median ${ms(median(cpu))} ms, p90 ${ms(p90(cpu))} ms, max ${ms(Math.max(...cpu))} ms per page; ` +
        `longest stretch ${ms(Math.max(...longest))} ms`,
    );
    // Where nothing more happens, all of it is the content script's start and detection.
    const idle = checked.filter((r) => !r.status?.isNews).map((r) => r.cpu?.ms ?? 0);
    if (idle.length)
      console.log(
        `  of which on the ${idle.length} pages not taken for news: median ${ms(median(idle))} ms, p90 ${ms(p90(idle))} ms per page`,
      );
  }
  return failures + errors + textChanges + restores;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const jobsAt = args.indexOf('--jobs');
  const jobs = jobsAt >= 0 ? Math.max(1, Number(args[jobsAt + 1]) || 1) : 3;
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? new Set((args[onlyAt + 1] ?? '').split(',')) : null;
  const dir = args.find((arg, i) => !arg.startsWith('--') && !['--jobs', '--only'].includes(args[i - 1]));
  if (!dir || !existsSync(dir)) {
    console.error(
      'usage: npm run sweep -- DIR [--jobs N] [--only NAME,...]   (DIR holds <name>/source.html folders)',
    );
    process.exit(2);
  }
  const pages = sweepPages(dir).filter((page) => !only || only.has(page.name));
  if (pages.length === 0) {
    console.error(`No <name>/source.html under ${dir}.`);
    process.exit(2);
  }
  const labelsFile = resolve('tests/fixtures/corpus-labels.json');
  const labels =
    basename(resolve(dir)) === 'readability' && existsSync(labelsFile)
      ? (JSON.parse(readFileSync(labelsFile, 'utf8')) as Record<string, { isNews: boolean }>)
      : {};

  const started = Date.now();
  const servers = await Promise.all(
    Array.from({ length: jobs }, (_, i) => startPageServer(`127.0.0.${i + 1}`, pages)),
  );
  const browser = await launchWithExtension();
  const reports: PageReport[] = new Array(pages.length);
  const workerConsole: string[] = [];
  browser.worker.on('console', (message) => {
    if (message.type() === 'error') workerConsole.push(`service worker console.error: ${message.text()}`);
  });
  try {
    await installWorkerProbe(browser.worker);
    const sites = new SiteSwitch(browser.worker);
    await setSettings(browser.worker, { enabled: true, leaders: true, claims: true, disabledSites: [] });
    console.log(`Sweeping ${pages.length} pages of ${dir} with ${EXTENSION_DIR}, ${jobs} at a time...`);
    let next = 0;
    let done = 0;
    await Promise.all(
      servers.map(async ({ origin }, i) => {
        const job = { host: `127.0.0.${i + 1}`, origin };
        while (next < pages.length) {
          const index = next++;
          const report = await sweepPage(browser, sites, job, pages[index], index);
          // The service worker's errors name no page: they go to the next page to finish.
          report.errors.push(...(await takeWorkerErrors(browser.worker)), ...workerConsole.splice(0));
          reports[index] = report;
          if (++done % 10 === 0) process.stderr.write(`  ${done}/${pages.length}\n`);
        }
      }),
    );
  } finally {
    await browser.close();
    for (const { server } of servers) server.close();
  }
  console.log(LEGEND.trim());
  console.log();
  printTable(reports, labels);
  printDetails(reports);
  const problems = printTotals(reports, labels, (Date.now() - started) / 1000);
  process.exit(problems > 0 ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  });
