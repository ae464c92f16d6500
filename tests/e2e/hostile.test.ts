/**
 * The built extension in Chromium on pages that fight back (`hostile-pages.ts`). On each: the
 * extension throws nothing, the page keeps working (its timer ticks, its button counts clicks), the
 * reader's text is never changed, turning highlights off restores the page's DOM exactly, and the
 * extension's work is bounded: once the page is highlighted it goes quiet, and on pages that keep
 * changing it reads them again at a bounded rate and never freezes them.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server';
import { launchWithExtension, setSettings, type ExtensionBrowser } from '../../scripts/lib/browser';
import {
  analysesOf,
  ExtensionErrorWatch,
  highlightsSettle,
  installWorkerProbe,
  statusesOf,
  takeWorkerErrors,
  waitForStatuses,
} from '../../scripts/lib/extension-watch';
import { ExtensionProfiler } from '../../scripts/lib/extension-profiler';
import { APP_STORY_PATH, hostilePages } from './hostile-pages';
import { MAX_ANALYZED_CHARS } from '../../utils/messages';
import { bodyNowAndBefore, openPage } from './page';

let server: FixtureServer;
let crossOrigin: FixtureServer;
let browser: ExtensionBrowser;
const workerConsole: string[] = [];

beforeAll(async () => {
  // A second site for the cross-origin frame: another loopback address is another site to Chromium.
  crossOrigin = await startFixtureServer({ host: '127.0.0.2', hostilePages: hostilePages('') });
  server = await startFixtureServer({ hostilePages: hostilePages(crossOrigin.url) });
  browser = await launchWithExtension();
  await installWorkerProbe(browser.worker);
  browser.worker.on('console', (message) => {
    if (message.type() === 'error') workerConsole.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await crossOrigin?.close();
});

afterEach(async () => {
  await setSettings(browser.worker, { enabled: true });
});

/** In the page's main world from the first script on: the longest stall of a 20 ms timer since `__resetStall()`. */
function stallProbe(): void {
  const scope = window as unknown as { __stall: number; __resetStall(): void };
  let last = performance.now();
  scope.__stall = 0;
  scope.__resetStall = () => {
    scope.__stall = 0;
    last = performance.now();
  };
  setInterval(() => {
    const now = performance.now();
    scope.__stall = Math.max(scope.__stall, now - last);
    last = now;
  }, 20);
}

interface Visit {
  page: Page;
  url: string;
  watch: ExtensionErrorWatch;
  profiler: ExtensionProfiler;
  dialogs: string[];
}

/** Opens a hostile page with every probe in place: errors, dialogs, CPU profile, stalls. */
async function visit(path: string, waitUntil: 'load' | 'domcontentloaded' = 'load'): Promise<Visit> {
  const { page } = await openPage(browser.context, server.url);
  // Routes added later are tried first: the cross-origin frame's server is allowed too.
  await page.route(
    (url) => url.origin === crossOrigin.url,
    (route) => route.continue(),
  );
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(stallProbe);
  const watch = await ExtensionErrorWatch.start(browser.context, page);
  const profiler = new ExtensionProfiler(watch.cdp);
  await profiler.start();
  const url = `${server.url}/hostile/${path}`;
  await page.goto(url, { waitUntil, timeout: 60_000 });
  // Stalls from here on: the page's own parsing and first layout are before.
  await resetStall(page);
  return { page, url, watch, profiler, dialogs };
}

const resetStall = (page: Page) =>
  page.evaluate(() => (window as unknown as { __resetStall(): void }).__resetStall());

/**
 * Waits for the extension's verdict and its highlights to settle. Returns the mark count and the
 * longest the page's timer stalled since the page loaded.
 */
async function highlighted(visit: Visit, timeoutMs = 60_000): Promise<{ marks: number; stallMs: number }> {
  const [verdict] = await waitForStatuses(browser.worker, visit.url, 1, timeoutMs);
  expect(verdict, 'the extension reported on the page').toBeDefined();
  expect(verdict.isNews && verdict.readable, 'the page reads as English news').toBe(true);
  await waitForStatuses(browser.worker, visit.url, 2, timeoutMs);
  await highlightsSettle(visit.page, browser.worker, visit.url, 1000, timeoutMs);
  return {
    marks: await visit.page.locator('newslens-mark').count(),
    stallMs: await visit.page.evaluate(() => (window as unknown as { __stall: number }).__stall),
  };
}

interface Watched {
  statuses: number;
  analyses: number;
  marksBefore: number;
  marksAfter: number;
  cpuMs: number;
  ticks: number;
  stallMs: number;
}

/**
 * Watches the page for `ms` after it settled: new statuses (each read of the page that ends in
 * highlights reports one), marks, the extension's sampled CPU time, the page's timer.
 */
async function quietWindow(visit: Visit, ms: number): Promise<Watched> {
  const { page } = visit;
  await visit.profiler.stop();
  const statusesBefore = (await statusesOf(browser.worker, visit.url)).length;
  const analysesBefore = (await analysesOf(browser.worker, visit.url)).length;
  const marksBefore = await page.locator('newslens-mark').count();
  const ticksBefore = await page.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
  await resetStall(page);
  await visit.profiler.start();
  await page.waitForTimeout(ms);
  const cpu = await visit.profiler.stop();
  const after = await page.evaluate(() => {
    const scope = window as unknown as { __ticks: number; __stall: number };
    return { ticks: scope.__ticks, stall: scope.__stall };
  });
  return {
    statuses: (await statusesOf(browser.worker, visit.url)).length - statusesBefore,
    analyses: (await analysesOf(browser.worker, visit.url)).length - analysesBefore,
    marksBefore,
    marksAfter: await page.locator('newslens-mark').count(),
    cpuMs: cpu.ms,
    ticks: after.ticks - ticksBefore,
    stallMs: after.stall,
  };
}

/** The page still works: its timer ticks, its button counts a click, nothing threw, nothing popped up. */
async function expectHealthy(visit: Visit): Promise<void> {
  const { page } = visit;
  const ticks = () => page.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
  const before = await ticks();
  await page.waitForTimeout(300);
  expect(await ticks(), 'the page timer ticks').toBeGreaterThan(before);
  const clicks = () => page.evaluate(() => (window as unknown as { __clicks: number }).__clicks);
  const clicked = await clicks();
  await page.click('#probe-button');
  expect(await clicks(), 'the page button works').toBe(clicked + 1);
  expect(visit.watch.errors, 'errors in the content script').toEqual([]);
  expect(
    [...(await takeWorkerErrors(browser.worker)), ...workerConsole.splice(0)],
    'service worker errors',
  ).toEqual([]);
  expect(visit.dialogs, 'dialogs').toEqual([]);
}

/** Turns highlights off everywhere and waits until this page has taken its marks out. */
async function turnOff(visit: Visit): Promise<void> {
  const reports = (await statusesOf(browser.worker, visit.url)).length;
  await setSettings(browser.worker, { enabled: false });
  await waitForStatuses(browser.worker, visit.url, reports + 1, 10_000);
  await visit.page.waitForFunction(() => document.getElementsByTagName('newslens-mark').length === 0);
}

/**
 * The body's serialised DOM against the copy from before the extension ran, but with the elements
 * of `live` (ids) taken as they are now: the parts the page or the reader changed since.
 */
function restoredBut(page: Page, live: string[] = []): Promise<{ now: string; expected: string }> {
  return page.evaluate((ids) => {
    const pristine = document.createElement('template');
    pristine.innerHTML = window.__pristine?.html ?? '';
    for (const id of ids) {
      const then = pristine.content.getElementById(id);
      const now = document.getElementById(id);
      if (then && now) then.innerHTML = now.innerHTML;
    }
    return { now: document.body.innerHTML, expected: pristine.innerHTML };
  }, live);
}

/** The visible part of a long article analysed first: 30,000 characters and the rest of a paragraph or two. */
const FIRST_WINDOW_BOUND = 40_000;

/** One line of figures per test, for the record (the bounds themselves are in the assertions). */
function note(figures: Record<string, number>): void {
  const shown = Object.entries(figures).map(([key, value]) => `${key} ${Math.round(value)}`);
  console.info(`${expect.getState().currentTestName}: ${shown.join(', ')}`);
}

/**
 * Longest the page's timer may stall while the extension highlights: the project's goal is no task
 * over 50 ms; this bound is forty times that, for a slow and shared machine, and still catches a
 * page frozen for seconds.
 */
const MAX_STALL_MS = 2000;

/**
 * The whole check for a page that holds still once loaded. The background analyses the article
 * once, or for a long one (over 30,000 characters) the part on screen first and then the whole.
 */
async function expectWellBehaved(visit: Visit, minMarks: number, maxStallMs = MAX_STALL_MS): Promise<void> {
  const { marks, stallMs } = await highlighted(visit);
  expect(marks).toBeGreaterThanOrEqual(minMarks);
  expect(stallMs, 'longest stall of the page while highlighting').toBeLessThan(maxStallMs);
  const analysed = await analysesOf(browser.worker, visit.url);
  const whole = Math.max(...analysed);
  expect(analysed.length, 'analyses of the article').toBeLessThanOrEqual(2);
  expect(
    analysed.reduce((sum, length) => sum + length, 0),
    'characters analysed: the article, and at most a first window of the visible part',
  ).toBeLessThanOrEqual(whole + FIRST_WINDOW_BOUND);
  const body = await bodyNowAndBefore(visit.page);
  expect(body.text === body.before.text, 'text unchanged with highlights').toBe(true);
  // Once highlighted, the extension is done: no more reads, no more marks, next to no CPU.
  const quiet = await quietWindow(visit, 1500);
  note({ marks, stallMs, analysed: analysed.length, quietStatuses: quiet.statuses, quietCpuMs: quiet.cpuMs });
  expect(quiet.statuses).toBe(0);
  expect(quiet.analyses).toBe(0);
  expect(quiet.marksAfter).toBe(quiet.marksBefore);
  expect(quiet.cpuMs).toBeLessThan(100);
  await expectHealthy(visit);
  await turnOff(visit);
  const off = await bodyNowAndBefore(visit.page);
  expect(off.html === off.before.html, 'DOM restored exactly').toBe(true);
  expect(off.text === off.before.text, 'text unchanged after turning off').toBe(true);
}

describe('hostile pages', () => {
  it('a 100,000-element DOM', async () => {
    const page = await visit('huge-dom.html');
    expect(await page.page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(
      100_000,
    );
    await expectWellBehaved(page, 100);
    await page.page.close();
  }, 120_000);

  it('one text node of 1 MB', async () => {
    const page = await visit('megabyte-text-node.html');
    const node = await page.page.evaluate(() => {
      const huge = document.getElementById('huge')!;
      return { nodes: huge.childNodes.length, length: huge.textContent?.length ?? 0 };
    });
    expect(node.nodes).toBe(1);
    expect(node.length).toBeGreaterThan(1_000_000);
    // Any change to a text node of 1 MB makes the browser lay out all of it again: about a second
    // here in a page without the extension, and 1 to 6 s across runs with it. Bounded loosely, so
    // the test is not flaky; docs/limits.md has the figures.
    await expectWellBehaved(page, 1000, 10_000);
    await page.page.close();
  }, 120_000);

  it('inline markup nested 1,000 deep', async () => {
    const page = await visit('deep-nesting.html');
    const depth = await page.page.evaluate(() => {
      let deepest = 0;
      // Each level's text comes first and the next level last: marks cut into the text come before it.
      for (let e: Element | null = document.getElementById('deep'); e; e = e.lastElementChild) deepest++;
      return deepest;
    });
    expect(depth).toBeGreaterThan(1000);
    await highlighted(page);
    // A claim that starts 250 levels up ends at the bottom, highlighted there with the same key.
    const bottom = await page.page.evaluate(() => {
      let e: Element | null = document.getElementById('deep');
      let depth = 0;
      while (e?.lastElementChild && e.lastElementChild.localName !== 'newslens-mark') {
        e = e.lastElementChild;
        depth++;
      }
      const marks = [...(e?.getElementsByTagName('newslens-mark') ?? [])];
      return {
        depth,
        text: e?.textContent,
        keys: marks.map((mark) => mark.getAttribute('data-newslens-key')),
      };
    });
    expect(bottom).toEqual({
      depth: 1000,
      text: 'million people had fled. Prime Minister Omar Haddad spoke at the bottom of it all.',
      keys: ['4100000 person', 'Omar Haddad'],
    });
    await expectWellBehaved(page, 5);
    await page.page.close();
  });

  it('text that looks like HTML or script stays text and never runs', async () => {
    const page = await visit('html-lookalike.html');
    const elements = () =>
      page.page.evaluate(() => ({
        images: document.images.length,
        svgs: document.getElementsByTagName('svg').length,
        scripts: document.scripts.length,
      }));
    const before = await elements();
    await expectWellBehaved(page, 5);
    expect(await elements()).toEqual(before);
    expect(page.dialogs).toEqual([]);
    await page.page.close();
  });

  it('right-to-left text, emoji, combining marks and zero-width joiners', async () => {
    const page = await visit('unicode.html');
    await highlighted(page);
    // No mark splits a surrogate pair or starts on a combining mark or a joiner.
    const broken = await page.page.$$eval('newslens-mark', (marks) =>
      marks
        .map((mark) => mark.textContent ?? '')
        .filter((text) => !text.isWellFormed() || /^[\p{M}\u200C\u200D]/u.test(text)),
    );
    expect(broken).toEqual([]);
    const lone = await page.page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let count = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        if (!(node as Text).data.isWellFormed()) count++;
      return count;
    });
    expect(lone, 'text nodes with half a surrogate pair').toBe(0);
    await expectWellBehaved(page, 10);
    await page.page.close();
  });

  it('same-origin, cross-origin and srcdoc frames are left alone', async () => {
    const page = await visit('iframes.html');
    await expectWellBehaved(page, 5);
    const frames = page.page.frames().filter((frame) => frame !== page.page.mainFrame());
    expect(frames.map((frame) => new URL(frame.url()).origin).sort()).toEqual(
      [server.url, crossOrigin.url, 'null'].sort(),
    );
    for (const frame of frames) {
      const inside = await frame.evaluate(() => ({
        marks: document.getElementsByTagName('newslens-mark').length,
        same: document.body.innerHTML === (window.__pristine?.html ?? document.body.innerHTML),
      }));
      expect(inside).toEqual({ marks: 0, same: true });
    }
    await page.page.close();
  });

  it('open shadow roots are left alone, slotted light DOM is read', async () => {
    const page = await visit('shadow-roots.html');
    const shadows = () =>
      page.page.evaluate(() => [
        document.getElementById('card')?.shadowRoot?.innerHTML,
        document.getElementById('declarative')?.shadowRoot?.innerHTML,
      ]);
    const expected = [
      '<p>In the shadow, President Jane Doe said 4.1 million people fled.</p><slot></slot>',
      '<p>Declared shadow: Chancellor Otto Brandt said 22 million tonnes.</p>',
    ];
    expect(await shadows()).toEqual(expected);
    await highlighted(page);
    expect(await shadows()).toEqual(expected);
    expect(await page.page.locator('#card newslens-mark').count()).toBeGreaterThan(0);
    await expectWellBehaved(page, 5);
    expect(await shadows()).toEqual(expected);
    await page.page.close();
  });

  it('editors and form fields typed into while highlighting happens', async () => {
    const page = await visit('editable.html', 'domcontentloaded');
    const { page: tab } = page;
    const typed = ' President Jane Doe said 4.1 million people fled.';
    // Typing starts before the extension acts and goes on through its highlighting.
    for (const selector of ['#title', '#notes', '#editor', '#plain']) {
      await tab.focus(selector);
      await tab.keyboard.press('Control+End');
      await tab.keyboard.press('End');
      await tab.keyboard.type(typed, { delay: 10 });
    }
    await highlighted(page);
    const fields = await tab.evaluate(() => {
      const caretAtEnd = (element: HTMLElement) => {
        const selection = getSelection();
        if (!selection?.isCollapsed || !selection.anchorNode || !element.contains(selection.anchorNode))
          return false;
        const before = document.createRange();
        before.setStart(element, 0);
        before.setEnd(selection.anchorNode, selection.anchorOffset);
        return before.toString().length === (element.textContent ?? '').length;
      };
      const input = document.getElementById('title') as HTMLInputElement;
      const textarea = document.getElementById('notes') as HTMLTextAreaElement;
      const plain = document.getElementById('plain')!;
      return {
        input: input.value,
        inputCaret: input.selectionStart === input.value.length && input.selectionEnd === input.value.length,
        textarea: textarea.value,
        editor: document.getElementById('editor')!.textContent,
        plain: plain.textContent,
        plainCaret: caretAtEnd(plain),
        marksInEditable: document.querySelectorAll(
          '[contenteditable] newslens-mark, textarea newslens-mark, form newslens-mark',
        ).length,
      };
    });
    expect(fields).toEqual({
      input: `Governor Maria Lopez${typed}`,
      inputCaret: true,
      textarea: `Finance Minister Lena Berg said 7.2 percent.${typed}`,
      editor: `Draft: President Jane Doe said 4.1 million people fled.${typed}`,
      plain: `Note: Prime Minister Omar Haddad, 12,000 soldiers.${typed}`,
      plainCaret: true,
      marksInEditable: 0,
    });
    expect(await tab.locator('newslens-mark').count()).toBeGreaterThan(5);
    // More typing now that highlights are in: every key lands where the caret is.
    await tab.keyboard.type(' More.', { delay: 10 });
    expect(await tab.evaluate(() => document.getElementById('plain')!.textContent)).toBe(
      `Note: Prime Minister Omar Haddad, 12,000 soldiers.${typed} More.`,
    );
    await tab.click('#submit');
    expect(await tab.evaluate(() => (window as unknown as { __submitted?: number }).__submitted)).toBe(1);
    await expectHealthy(page);
    await turnOff(page);
    const { now, expected } = await restoredBut(tab, ['editor', 'plain']);
    expect(now === expected, 'DOM restored exactly, but for what the reader typed').toBe(true);
    await tab.close();
  });

  it('a framework that re-renders and drops nodes it does not know', async () => {
    const page = await visit('framework.html');
    const { page: tab } = page;
    await waitForStatuses(browser.worker, page.url, 2);
    await tab.waitForFunction(() => document.getElementsByTagName('newslens-mark').length > 0);
    // The app's text is always what it renders, highlighted or not.
    for (let i = 0; i < 5; i++) {
      const app = await tab.evaluate(() => ({
        text: document.getElementById('app')!.textContent,
        expected: (window as unknown as { __expectedText(): string }).__expectedText(),
      }));
      expect(app.text).toBe(app.expected);
      await tab.waitForTimeout(350);
    }
    // The fight with a re-render every 700 ms is bounded: a read of the page at most every 300 ms
    // debounce plus the read, and a few percent of the main thread.
    const fight = await quietWindow(page, 4000);
    note({ statuses: fight.statuses, analyses: fight.analyses, cpuMs: fight.cpuMs, stallMs: fight.stallMs });
    expect(fight.statuses).toBeLessThanOrEqual(12);
    expect(fight.analyses).toBeLessThanOrEqual(fight.statuses + 1);
    expect(fight.cpuMs).toBeLessThan(400);
    expect(fight.ticks).toBeGreaterThan(50);
    await expectHealthy(page);
    await tab.evaluate(() => (window as unknown as { __stopRendering(): void }).__stopRendering());
    await turnOff(page);
    const app = await tab.evaluate(() => ({
      html: document.getElementById('app')!.innerHTML,
      expected: (window as unknown as { __expectedHtml(): string }).__expectedHtml(),
    }));
    expect(app.html).toBe(app.expected);
    const { now, expected } = await restoredBut(tab, ['app']);
    expect(now === expected, 'DOM restored exactly around the app').toBe(true);
    await tab.close();
  });

  it('a page that changes outside the story every 10 ms', async () => {
    const page = await visit('mutating.html?clock=0');
    expect((await highlighted(page)).marks).toBeGreaterThan(5);
    const quiet = await quietWindow(page, 3000);
    note({ statuses: quiet.statuses, analyses: quiet.analyses, cpuMs: quiet.cpuMs, stallMs: quiet.stallMs });
    // Changes outside the article, or to no text, do not make the extension read the page again.
    expect(quiet.statuses).toBe(0);
    expect(quiet.analyses).toBe(0);
    expect(quiet.marksAfter).toBe(quiet.marksBefore);
    expect(quiet.cpuMs).toBeLessThan(150);
    await expectHealthy(page);
    await page.page.evaluate(() => (window as unknown as { __stopMutating(): void }).__stopMutating());
    await turnOff(page);
    const off = await bodyNowAndBefore(page.page);
    expect(off.html === off.before.html, 'DOM restored exactly').toBe(true);
    await page.page.close();
  });

  it('a clock in the story changing every 10 ms', async () => {
    const page = await visit('mutating.html');
    const { page: tab } = page;
    const [verdict] = await waitForStatuses(browser.worker, page.url, 1);
    expect(verdict?.isNews && verdict.readable).toBe(true);
    // The page never holds still; reads of it are debounced to at most one per 1.2 s.
    const busy = await quietWindow(page, 5000);
    note({ statuses: busy.statuses, analyses: busy.analyses, cpuMs: busy.cpuMs, stallMs: busy.stallMs });
    expect(busy.analyses).toBeLessThanOrEqual(6);
    expect(busy.statuses).toBeLessThanOrEqual(6);
    expect(busy.cpuMs).toBeLessThan(500);
    expect(busy.ticks).toBeGreaterThan(50);
    // Only the clock changes: the rest of the story is highlighted all the same.
    expect(
      await tab.locator('newslens-mark').count(),
      'highlights on a page with a live clock',
    ).toBeGreaterThan(5);
    await expectHealthy(page);
    await tab.evaluate(() => (window as unknown as { __stopMutating(): void }).__stopMutating());
    await turnOff(page);
    const off = await bodyNowAndBefore(tab);
    expect(off.html === off.before.html, 'DOM restored exactly').toBe(true);
    await tab.close();
  });

  /** Waits for a highlight of `key` to appear in the page. */
  const markOf = (tab: Page, key: string) =>
    tab.waitForFunction(
      (wanted) => document.querySelector(`newslens-mark[data-newslens-key="${wanted}"]`),
      key,
      {
        timeout: 10_000,
      },
    );

  it('client-side navigation from a page that is not news to an article', async () => {
    const page = await visit('app-home.html');
    const { page: tab } = page;
    const [verdict] = await waitForStatuses(browser.worker, page.url, 1);
    expect(verdict.isNews, 'the home page is not news').toBe(false);
    expect(await tab.locator('newslens-mark').count()).toBe(0);

    await tab.click('#story-link');
    await markOf(tab, 'Jane Doe');
    const storyUrl = `${server.url}${APP_STORY_PATH}`;
    await highlightsSettle(tab, browser.worker, storyUrl, 1000, 15_000);
    const statuses = await statusesOf(browser.worker, storyUrl);
    expect(statuses.at(-1)?.isNews).toBe(true);
    expect(statuses.at(-1)?.leaders).toBeGreaterThan(0);
    expect(await tab.locator('newslens-mark[data-newslens-kind="claim"]').count()).toBeGreaterThan(0);
    await expectHealthy(page);
    await tab.close();
  });

  it('client-side navigation between articles', async () => {
    const page = await visit('navigation-1.html');
    const { page: tab } = page;
    const keys = () => tab.$$eval('newslens-mark', (marks) => marks.map((mark) => mark.dataset.newslensKey));
    await highlighted(page);
    expect(await keys()).toContain('Jane Doe');

    await tab.click('#next');
    await markOf(tab, 'Otto Brandt');
    await highlightsSettle(tab, browser.worker, `${server.url}/hostile/navigation-2.html`, 1000, 15_000);
    const second = await keys();
    expect(second).not.toContain('Jane Doe');
    expect(second).toContain('Sofia Amari');
    const articleText = await tab.evaluate(() => {
      const expected = document.createElement('article');
      expected.innerHTML = (window as unknown as { __articleHtml(n: number): string }).__articleHtml(2);
      return { now: document.querySelector('article')!.textContent, expected: expected.textContent };
    });
    expect(articleText.now).toBe(articleText.expected);
    // The status the popup shows follows the address.
    const statuses = await statusesOf(browser.worker, `${server.url}/hostile/navigation-2.html`);
    expect(statuses.at(-1)?.leaders).toBeGreaterThan(0);

    await tab.goBack();
    await markOf(tab, 'Jane Doe');
    await highlightsSettle(tab, browser.worker, page.url, 1000, 15_000);
    expect(await keys()).not.toContain('Otto Brandt');
    const quiet = await quietWindow(page, 1500);
    expect(quiet.statuses).toBe(0);
    await expectHealthy(page);
    await turnOff(page);
    const off = await tab.evaluate(() => {
      const expected = document.createElement('article');
      expected.innerHTML = (window as unknown as { __articleHtml(n: number): string }).__articleHtml(1);
      return { html: document.querySelector('article')!.innerHTML, expected: expected.innerHTML };
    });
    expect(off.html === off.expected, 'article restored exactly').toBe(true);
    await tab.close();
  });

  it('a page that removes the highlights itself', async () => {
    const page = await visit('strips-highlights.html');
    const { page: tab } = page;
    await waitForStatuses(browser.worker, page.url, 2);
    await tab.waitForFunction(() => (window as unknown as { __stripped: number }).__stripped > 0);
    const body = await bodyNowAndBefore(tab);
    expect(body.text === body.before.text, 'text unchanged').toBe(true);
    // After a few rounds (one debounced read each) the session leaves the page alone: it reports
    // no highlights, and neither side changes anything any more.
    await tab.waitForTimeout(3000);
    const stripped = () => tab.evaluate(() => (window as unknown as { __stripped: number }).__stripped);
    const rounds = await stripped();
    const fight = await quietWindow(page, 3000);
    note({ rounds, statuses: fight.statuses, analyses: fight.analyses, cpuMs: fight.cpuMs });
    expect(await stripped()).toBe(rounds);
    expect(fight.statuses).toBe(0);
    expect(fight.analyses).toBe(0);
    expect(fight.marksAfter).toBe(0);
    expect(fight.cpuMs).toBeLessThan(100);
    expect(fight.ticks).toBeGreaterThan(50);
    const [last] = (await statusesOf(browser.worker, page.url)).slice(-1);
    expect(last.leaders + last.claims).toBe(0);
    await expectHealthy(page);
    await turnOff(page);
    const off = await bodyNowAndBefore(tab);
    expect(off.html === off.before.html, 'DOM restored exactly').toBe(true);
    expect(off.text === off.before.text, 'text unchanged').toBe(true);
    await tab.close();
  });
  it('an article over the analysis limit: the part on screen first, the rest reported as skipped', async () => {
    const page = await visit('long-article.html?chars=3000000');
    const { page: tab } = page;
    const storyChars = await tab.evaluate(() => document.querySelector('.story-body')!.textContent!.length);
    expect(storyChars).toBeGreaterThan(2_900_000);
    // The first highlights are the part on screen; the status says how much is left out.
    const [, shown] = await waitForStatuses(browser.worker, page.url, 2, 60_000);
    expect(shown.leaders + shown.claims).toBeGreaterThan(50);
    expect(shown.skippedChars).toBeGreaterThanOrEqual(storyChars - MAX_ANALYZED_CHARS);
    const onScreen = await tab.$$eval('newslens-mark', (marks) =>
      marks.some((mark) => {
        const box = mark.getBoundingClientRect();
        return box.bottom > 0 && box.top < innerHeight;
      }),
    );
    expect(onScreen).toBe(true);
    // The background is asked for the window on screen, then the first 1.5 million characters, cut at a block.
    const analysed = await analysesOf(browser.worker, page.url);
    expect(analysed.length).toBe(2);
    expect(analysed[0]).toBeLessThanOrEqual(FIRST_WINDOW_BOUND);
    expect(analysed[1]).toBeLessThanOrEqual(MAX_ANALYZED_CHARS);
    expect(analysed[1]).toBeGreaterThan(MAX_ANALYZED_CHARS - 2_000);
    const body = await bodyNowAndBefore(tab);
    expect(body.text === body.before.text, 'text unchanged').toBe(true);
    await expectHealthy(page);
    // Turned off while the rest is still being analysed and shown.
    await turnOff(page);
    const off = await bodyNowAndBefore(tab);
    expect(off.html === off.before.html, 'DOM restored exactly').toBe(true);
    await tab.close();
  }, 180_000);
});
