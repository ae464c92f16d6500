/**
 * What end-to-end tests in Chromium open and read: a page (pristine DOM, highlights, the extension's
 * console errors), an article with its verdict, the popup and other extension pages.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { vi } from 'vitest';
import { tabIdOf, waitForHighlights, type ExtensionBrowser } from '../../scripts/lib/browser';
import { statusesOf } from '../../scripts/lib/extension-watch';

declare global {
  interface Window {
    __pristine?: { html: string; text: string };
  }
}

export interface HighlightedPiece {
  kind: string;
  key: string;
  text: string;
  /** The closest landmark or section class around the piece: "article", "aside", "comments"... */
  region: string;
}

/**
 * A new page that records the body as it was before any content script ran (DOMContentLoaded
 * comes before document_idle), blocks every request outside `allowedOrigin`, and collects the
 * errors the extension logs.
 */
export async function openPage(
  context: BrowserContext,
  allowedOrigin: string,
): Promise<{ page: Page; extensionErrors: string[] }> {
  const page = await context.newPage();
  const extensionErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.location().url.startsWith('chrome-extension://'))
      extensionErrors.push(message.text());
  });
  page.on('pageerror', (error) => {
    if (String(error.stack).includes('chrome-extension://')) extensionErrors.push(String(error));
  });
  await page.route(/.*/, (route) =>
    route.request().url().startsWith(allowedOrigin) ? route.continue() : route.abort(),
  );
  await page.addInitScript(() => {
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        window.__pristine = { html: document.body.innerHTML, text: document.body.textContent ?? '' };
      },
      { once: true },
    );
  });
  return { page, extensionErrors };
}

/** Every highlighted piece of text in the page, in document order. */
export function highlightedPieces(page: Page): Promise<HighlightedPiece[]> {
  return page.$$eval('newslens-mark', (marks) =>
    marks.map((mark) => {
      const region = mark.closest('aside, nav, footer, header, .comments, .story-body, article, h1');
      return {
        kind: mark.getAttribute('data-newslens-kind') ?? '',
        key: mark.getAttribute('data-newslens-key') ?? '',
        text: mark.textContent ?? '',
        region: region ? (region.classList[0] ?? region.tagName.toLowerCase()) : 'body',
      };
    }),
  );
}

/** The body now, beside the body before the extension ran. */
export function bodyNowAndBefore(
  page: Page,
): Promise<{ html: string; text: string; before: { html: string; text: string } }> {
  return page.evaluate(() => ({
    html: document.body.innerHTML,
    text: document.body.textContent ?? '',
    before: window.__pristine ?? { html: '', text: '' },
  }));
}

/**
 * Opens `path` of the server at `origin` in a new page (`openPage`), waits for `minMarks` highlights
 * (0 for a page that is not news) and for the extension's verdict on it: the reader's report, or the
 * probe's in the page. Returns the page, its tab and the errors the extension logs there.
 */
export async function openArticle(
  browser: ExtensionBrowser,
  origin: string,
  path: string,
  minMarks = 5,
): Promise<{ page: Page; tabId: number; errors: string[] }> {
  const { page, extensionErrors } = await openPage(browser.context, origin);
  const url = `${origin}${path}`;
  await page.goto(url);
  if (minMarks > 0) await waitForHighlights(page, { min: minMarks });
  // (vi.waitFor rather than expect.poll: it also works in a beforeAll.)
  await vi.waitFor(
    async () => {
      if ((await statusesOf(browser.worker, url)).length === 0) throw new Error(`no verdict yet on ${url}`);
    },
    { timeout: 10_000 },
  );
  return { page, tabId: await tabIdOf(browser.worker, url), errors: extensionErrors };
}

/**
 * An extension page (`options.html`, `popup.html?tabId=N`) in a new tab at the popup's size, in
 * `scheme` if given. The errors it throws or logs are collected, and printed with `label` before them.
 */
export async function openExtensionPage(
  browser: ExtensionBrowser,
  path: string,
  options: { scheme?: 'light' | 'dark'; label?: string } = {},
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  const report = (error: string) => {
    errors.push(error);
    console.error(`${options.label ?? path}: ${error}`);
  };
  page.on('pageerror', (error) => report(String(error)));
  page.on('console', (message) => message.type() === 'error' && report(message.text()));
  if (options.scheme) await page.emulateMedia({ colorScheme: options.scheme });
  await page.setViewportSize({ width: 400, height: 800 });
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return { page, errors };
}

/** The popup about tab `tabId`, opened in a tab as its "open in a tab" button does (`openExtensionPage`). */
export async function openPopup(
  browser: ExtensionBrowser,
  tabId: number,
): Promise<{ popup: Page; errors: string[] }> {
  const { page, errors } = await openExtensionPage(browser, `popup.html?tabId=${tabId}`, { label: 'popup' });
  return { popup: page, errors };
}
