import { defineUnlistedScript } from '#imports';
import { detectArticle } from '@/dom/detect-article';
import {
  askBackground,
  BACKGROUND,
  errorText,
  parseContentRequest,
  type LoadReaderReply,
  type PageReport,
  type PageStatus,
} from '@/utils/messages';

/** The little of the runtime API the probe uses, the same in Chrome and Firefox. */
interface Runtime {
  id?: string;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: MessageListener): void;
    removeListener(listener: MessageListener): void;
  };
}
type MessageListener = (
  message: unknown,
  sender: { id?: string; url?: string },
  sendResponse: (response: unknown) => void,
) => boolean | undefined;

/** After a client-side navigation, the page is checked once it has been quiet this long... */
const QUIET_MS = 300;
/** ...or this long after the navigation, whichever comes first. */
const SETTLE_LIMIT_MS = 5_000;
/** Where the Navigation API is missing (Firefox), how often the address is compared. */
const LOCATION_POLL_MS = 1_000;

/**
 * The probe: the only script Newslens puts into every page, so it holds only what every page needs.
 * It decides whether the page is a news article and, on English news, has the background inject the
 * reader (`entrypoints/reader.content`: analysis requests, highlights, the card) and steps aside.
 * Elsewhere it reports the verdict, answers the popup, and waits for a client-side navigation or for
 * the reader to ask, from the popup, for the page to be analysed anyway.
 *
 * It is an unlisted script that `wxt.config.ts` declares as the manifest's content script, and it
 * calls the browser's own `browser`/`chrome` runtime: WXT's content script context and
 * webextension-polyfill cost a new renderer about 2 ms of startup, more than deciding takes.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  // Firefox's `browser` answers with promises; Chrome's `chrome` does too in Manifest V3.
  const found = scope.browser?.runtime ?? scope.chrome?.runtime;
  if (!found?.id || window !== window.top) return;
  const runtime: Runtime = found;
  const extensionPages = runtime.getURL('/');

  let status: PageStatus | null = null;
  /** The reader has been asked for: from then on it answers the popup and follows the page. */
  let handedOver: Promise<void> | null = null;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let settleLimit: ReturnType<typeof setTimeout> | undefined;
  let settleObserver: MutationObserver | null = null;
  let lastUrl = location.href;
  let stopWatching = () => {};

  /** The extension was updated or removed: this copy of the probe can no longer reach it. */
  const orphaned = () => {
    if (runtime.id) return false;
    stop();
    return true;
  };

  const stop = () => {
    runtime.onMessage.removeListener(onMessage);
    stopWatching();
    stopSettling();
  };

  const handOver = (forced: boolean): Promise<void> => {
    handedOver ??= askBackground<LoadReaderReply>((request) => runtime.sendMessage(request), {
      target: BACKGROUND,
      type: 'load-reader',
      forced,
    }).then(stop, (error: unknown) => {
      // The probe goes on answering for the page, so the popup still shows the verdict.
      handedOver = null;
      console.error(`Newslens: could not load the reader (${errorText(error)})`);
    });
    return handedOver;
  };

  /** Decides whether the page is news; hands English news over, reports anything else. */
  const check = () => {
    if (handedOver || orphaned()) return;
    const started = performance.now();
    const { isNews, readable, language, score, signals } = detectArticle(document);
    const detectMs = performance.now() - started;
    const url = location.href;
    status = {
      url,
      isNews,
      readable,
      language,
      score,
      signals,
      leaders: 0,
      claims: 0,
      skippedChars: 0,
      detectMs,
    };
    // The reader reports for English news once it has read the page.
    if (isNews && readable) {
      void handOver(false);
      return;
    }
    runtime.sendMessage({ target: BACKGROUND, type: 'page-status', status }).catch(() => {
      // The background may be restarting; the badge is empty on a page that is not news anyway.
    });
  };

  function stopSettling() {
    clearTimeout(settleTimer);
    clearTimeout(settleLimit);
    settleObserver?.disconnect();
    settleObserver = null;
  }

  /**
   * A client-side navigation: the app renders the new page after the address changes, so the check
   * waits until the page has been quiet for a moment (bounded), watching it only meanwhile.
   */
  const onLocationChange = () => {
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    stopSettling();
    const settled = () => {
      stopSettling();
      check();
    };
    settleObserver = new MutationObserver(() => {
      clearTimeout(settleTimer);
      settleTimer = setTimeout(settled, QUIET_MS);
    });
    settleObserver.observe(document, { childList: true, subtree: true, characterData: true });
    settleTimer = setTimeout(settled, QUIET_MS);
    settleLimit = setTimeout(settled, SETTLE_LIMIT_MS);
  };

  // The popup and the keyboard commands: only this extension's own pages and background may ask.
  function onMessage(
    message: unknown,
    sender: { id?: string; url?: string },
    sendResponse: (response: unknown) => void,
  ): boolean | undefined {
    if (sender.id !== runtime.id || !sender.url?.startsWith(extensionPages)) return undefined;
    const request = parseContentRequest(message);
    if (!request || handedOver || orphaned()) return undefined;
    switch (request.type) {
      case 'get-page': {
        const report: PageReport = { status, items: [], forced: false };
        sendResponse(report);
        return undefined;
      }
      case 'analyze-anyway':
        void handOver(true).then(() => sendResponse(true));
        // The answer comes later.
        return true;
      case 'reveal':
      case 'next-highlight':
        // Nothing is highlighted here.
        sendResponse(false);
        return undefined;
    }
  }

  runtime.onMessage.addListener(onMessage);
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) {
    // The address changes after the navigate event: look once the task that changed it is over.
    const onNavigate = () => setTimeout(onLocationChange, 0);
    navigation.addEventListener('navigate', onNavigate);
    stopWatching = () => navigation.removeEventListener('navigate', onNavigate);
  } else {
    const poll = setInterval(onLocationChange, LOCATION_POLL_MS);
    stopWatching = () => clearInterval(poll);
  }
  check();
});
