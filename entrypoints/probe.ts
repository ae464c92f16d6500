import { defineUnlistedScript } from '#imports';
import { detectArticle } from '@/dom/detect-article';
import { askBackground, BACKGROUND, errorText, type LoadReaderReply } from '@/utils/messages';
import { pageState } from '@/utils/page-state';

/** The little of the runtime API the probe uses, the same in Chrome and Firefox. */
interface Runtime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}

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
 * Elsewhere it leaves its verdict in the page state (`utils/page-state.ts`), where the popup reads
 * it, and waits for a client-side navigation. It touches the extension's runtime API only to hand a
 * page over: on other pages it never wakes the background, and never pays for the API's bindings.
 *
 * It is an unlisted script that `wxt.config.ts` declares as the manifest's content script, and it
 * calls the browser's own `browser`/`chrome` runtime: WXT's content script context and
 * webextension-polyfill cost a new renderer about 2 ms of startup, more than deciding takes.
 */
function probe(): void {
  // The manifest runs it in top frames only (no all_frames): the page's own frames are never read.
  const state = pageState();
  // A reader already has this page.
  if (state.readerLoaded) return;

  /** The reader has been asked for and the answer is not in yet. */
  let handingOver = false;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let settleLimit: ReturnType<typeof setTimeout> | undefined;
  let settleObserver: MutationObserver | null = null;
  // The document's address (which history.pushState updates), read from the document detection reads
  // anyway: the Location interface costs a new world its own bindings.
  let lastUrl = document.URL;
  let stopWatching = () => {};

  const stop = () => {
    stopWatching();
    stopSettling();
  };
  state.stopProbe = stop;

  /** Has the background inject the reader. The probe goes on watching until the reader starts. */
  const handOver = () => {
    const scope = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
    // Firefox's `browser` answers with promises; Chrome's `chrome` does too in Manifest V3.
    const runtime = scope.browser?.runtime ?? scope.chrome?.runtime;
    // No id: the extension was updated or removed, and this copy of the probe can no longer reach it.
    if (!runtime?.id) return stop();
    handingOver = true;
    askBackground<LoadReaderReply>((request) => runtime.sendMessage(request), {
      target: BACKGROUND,
      type: 'load-reader',
    })
      .catch((error: unknown) => console.error(`Newslens: could not load the reader (${errorText(error)})`))
      .finally(() => {
        handingOver = false;
      });
  };

  /** Decides whether the page is news; hands English news over, keeps the verdict on anything else. */
  const check = () => {
    if (handingOver || state.readerLoaded) return;
    const started = performance.now();
    const detection = detectArticle(document);
    const detectMs = performance.now() - started;
    const { isNews, readable, language, score, signals } = detection;
    // The detection is kept for a reader about to take this page, and not otherwise: it holds elements.
    state.detection = isNews && readable ? detection : null;
    state.status = {
      url: document.URL,
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
    if (isNews && readable) handOver();
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
    if (document.URL === lastUrl) return;
    lastUrl = document.URL;
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
}

// No global name: nothing reads the script's result, and the build runs `probe` directly (`wxt.config.ts`).
export default defineUnlistedScript({ globalName: false, main: probe });
