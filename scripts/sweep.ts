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
 * What watches the extension is in `lib/extension-watch.ts`, the report's printing in `lib/sweep-report.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page, Worker } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, setSettings, type ExtensionBrowser } from './lib/browser';
import { openPage } from '../tests/e2e/page';
import { ExtensionProfiler } from './lib/extension-profiler';
import {
  analysesOf,
  ExtensionErrorWatch,
  highlightsSettle,
  installWorkerProbe,
  statusesOf,
  takeWorkerErrors,
  waitForStatuses,
} from './lib/extension-watch';
import { LEGEND, printDetails, printTable, printTotals, type PageReport } from './lib/sweep-report';

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
 * after DOMContentLoaded, told apart from the extension's, whose changes are of three kinds only:
 * `<newslens-mark>` elements in and out (with the text pieces inserted beside them, and their
 * attributes), a text node cut to the head of its text with its pieces inserted after it, and a cut
 * node joined again as the pieces after it are removed. So the page's own changes are: elements other than marks added or
 * removed, attributes set on them, text nodes added or removed away from any mark (a clock filling
 * an empty span), and a text node's data set without pieces inserted or removed right after it (an
 * address decoded in place). Saved pages run their scripts after loading (ads, lazy
 * images, late markup, clocks); each of their changes takes a new copy of the body with any
 * highlights unwrapped (text nodes the highlighter cut serialise as the whole): the page's own DOM
 * to compare against later.
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
      // Text nodes the extension inserted beside its marks: their removal when it clears is its own.
      const extensionText = new WeakSet<Node>();
      new MutationObserver((records) => {
        // The extension sets a text node's data only together with pieces inserted or removed right
        // after that node, in the same task (cutting it, joining it again): so in the same batch.
        const followed = new Set(records.map((record) => record.previousSibling));
        const retexted = new Set(
          records.filter((record) => record.type === 'characterData').map((record) => record.target),
        );
        let own = false;
        for (const record of records) {
          if (record.type === 'attributes') {
            own ||= record.target.nodeName !== 'NEWSLENS-MARK';
            continue;
          }
          if (record.type === 'characterData') {
            own ||= !followed.has(record.target);
            continue;
          }
          const nodes = [...record.addedNodes, ...record.removedNodes];
          if (nodes.some((node) => node.nodeType === 1 && node.nodeName !== 'NEWSLENS-MARK')) {
            own = true;
            continue;
          }
          const besideMark =
            nodes.some((node) => node.nodeName === 'NEWSLENS-MARK') ||
            [record.target, record.previousSibling, record.nextSibling].some(
              (node) => node?.nodeName === 'NEWSLENS-MARK',
            ) ||
            (record.previousSibling !== null && retexted.has(record.previousSibling));
          if (besideMark) for (const node of record.addedNodes) extensionText.add(node);
          else own ||= nodes.some((node) => node.nodeType === 3 && !extensionText.has(node));
        }
        if (!own) return;
        changes.count++;
        const copy = document.body.cloneNode(true) as HTMLElement;
        for (const mark of [...copy.getElementsByTagName('newslens-mark')])
          mark.replaceWith(...mark.childNodes);
        changes.baseline = { html: copy.innerHTML, text: document.body.textContent ?? '' };
      }).observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
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
  // A page's own script or refresh may send it elsewhere (an adblock notice, http to https). That
  // request is refused like every other, which leaves Chromium's error page in a new renderer: what
  // is read after it is not the page's, so a page that leaves at any moment of its check is not checked.
  tab.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === tab.mainFrame() && request.url() !== url)
      report.leftFor ??= request.url();
  });
  const gone = (why: string) => (report.leftFor ? `the page went to ${report.leftFor}: ${why}` : why);
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

    // The page's script may have given it another address in place (history.replaceState, no new
    // request, same origin): the extension reports on the page under the address it has when it reads it.
    const address = tab.url().startsWith(`${job.origin}/`) ? tab.url() : url;
    // The first status is the verdict; news the extension reads reports again once highlighted.
    const first = await waitForStatuses(browser.worker, address, 1);
    if (first.length === 0) {
      report.failure = gone(
        address === url
          ? 'no verdict from the extension'
          : `no verdict from the extension at ${address}, the address the page gave itself`,
      );
      return report;
    }
    const readable = first[0].isNews && first[0].readable;
    if (readable) {
      await waitForStatuses(browser.worker, address, 2, 30_000);
      await highlightsSettle(tab, browser.worker, address, 800, 30_000);
    } else await tab.waitForTimeout(300);
    report.marks = await countMarks(tab);
    const on = await readBody(tab);

    const reportsBeforeOff = (await statusesOf(browser.worker, address)).length;
    await sites.set(job.host, false);
    if (readable) {
      // Turning off unwraps every mark and reports the empty counts in the same task.
      await waitForStatuses(browser.worker, address, reportsBeforeOff + 1, 10_000);
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
    const statuses = await statusesOf(browser.worker, address);
    report.status = { ...statuses[reportsBeforeOff - 1], detectMs: first[0].detectMs };
    report.cpu = await profiler.stop();
    report.analyses = (await analysesOf(browser.worker, address)).length;

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
    if (report.leftFor) report.failure = gone('not checked');
  } catch (error) {
    report.failure = gone(`sweep failed: ${String(error).split('\n')[0]}`);
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
