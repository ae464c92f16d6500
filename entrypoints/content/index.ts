import { browser, defineContentScript } from '#imports';
import { detectArticle } from '@/dom/detect-article';
import {
  BACKGROUND,
  parseContentRequest,
  type LoadReaderReply,
  type PageReport,
  type PageStatus,
} from '@/utils/messages';

/**
 * The probe: the only script Newslens puts into every page, so it holds only what every page needs.
 * It decides whether the page is a news article and, on English news, has the background inject the
 * reader (`entrypoints/reader.content`: analysis requests, highlights, the card) and steps aside.
 * Elsewhere it reports the verdict, answers the popup, and waits for a client-side navigation to
 * another page or the reader asking, from the popup, for the page to be analysed anyway.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's start message to the page's window is kept only for old WXT versions: the page need not see it.
  noScriptStartedPostMessage: true,
  main(ctx) {
    let status: PageStatus | null = null;
    /** The reader has been asked for: from then on it answers the popup and follows the page. */
    let handedOver: Promise<void> | null = null;

    const handOver = (forced: boolean): Promise<void> => {
      handedOver ??= (async () => {
        let lastError = 'no reply';
        // A service worker stopped mid-request answers `undefined`: ask once more.
        for (let attempt = 0; attempt < 2; attempt++) {
          const reply = (await browser.runtime
            .sendMessage({ target: BACKGROUND, type: 'load-reader', forced })
            .catch((error: unknown) => ({ ok: false, error: String(error) }))) as LoadReaderReply | undefined;
          if (reply?.ok) {
            browser.runtime.onMessage.removeListener(onMessage);
            return;
          }
          if (reply) lastError = reply.error;
        }
        // The probe goes on answering for the page, so the popup still shows the verdict.
        handedOver = null;
        console.error(`Newslens: could not load the reader (${lastError})`);
      })();
      return handedOver;
    };

    /** Decides whether the page is news; hands English news over, reports anything else. */
    const check = () => {
      if (handedOver || ctx.isInvalid) return;
      const started = performance.now();
      const article = detectArticle(document);
      const detectMs = performance.now() - started;
      const { isNews, readable, language, score, signals } = article;
      status = {
        url: location.href,
        ...{ isNews, readable, language, score, signals },
        ...{ leaders: 0, claims: 0, skippedChars: 0, detectMs },
      };
      // The reader reports for English news once it has read the page.
      if (isNews && readable) {
        void handOver(false);
        return;
      }
      browser.runtime.sendMessage({ target: BACKGROUND, type: 'page-status', status }).catch(() => {
        // The background may be restarting; the badge is empty on a page that is not news anyway.
      });
    };

    // The popup and the keyboard commands: only this extension's own pages and background may ask.
    const onMessage = (message: unknown, sender: { id?: string; url?: string }) => {
      if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/')))
        return undefined;
      const request = parseContentRequest(message);
      if (!request || window !== window.top || handedOver) return undefined;
      switch (request.type) {
        case 'get-page': {
          const report: PageReport = { status, items: [], forced: false };
          return Promise.resolve(report);
        }
        case 'analyze-anyway':
          return handOver(true).then(() => true);
        case 'reveal':
        case 'next-highlight':
          // Nothing is highlighted here.
          return Promise.resolve(false);
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    ctx.addEventListener(window, 'wxt:locationchange', check);
    check();
  },
});
