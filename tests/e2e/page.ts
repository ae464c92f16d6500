/** What end-to-end tests read from a page: pristine DOM, highlights, the extension's console errors. */
import type { BrowserContext, Page } from 'playwright-core';

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
