/**
 * Watching the extension from outside while it works on a page: its statuses and errors in the
 * service worker, its errors in a page's isolated world. Used by the sweep and the end-to-end tests
 * of hostile pages.
 */
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import type { PageStatus } from '../../utils/messages';
import { PAGE_STATE } from '../../utils/page-state';

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
