import { browser, defineContentScript } from '#imports';
import { HighlightCard } from '@/dom/highlight-card';
import { readPageMeta } from '@/dom/page-meta';
import { PageSession, type PageSessionStatus } from '@/dom/page-session';
import { requestAnalysis } from '@/utils/analysis-client';
import { browserTranslate } from '@/utils/i18n';
import {
  BACKGROUND,
  MAX_ANALYZED_CHARS,
  parseContentRequest,
  type PageReport,
  type PageSource,
  type PageStatus,
} from '@/utils/messages';
import { pageState } from '@/utils/page-state';
import { customColors, highlightsOn, normalizeSettings, settingsItem, type Settings } from '@/utils/settings';
import { MarkColorSheet } from '@/dom/mark-colors';
import './style.css';

/** Which kinds of highlight the settings show on this page, or null when they are off here. */
function shownKinds(settings: Settings): Set<string> | null {
  if (!highlightsOn(settings, location.hostname)) return null;
  return new Set([...(settings.leaders ? ['leader'] : []), ...(settings.claims ? ['claim'] : [])]);
}

/**
 * Keeps the page as a source when the reader turned on "keep every English news article": only its
 * analysed text and what the page states about itself, sent to the background, which checks the setting
 * again and stores it in the browser.
 */
async function keepIfAsked(text: string): Promise<void> {
  if (!text || !normalizeSettings(await settingsItem.getValue()).keepAll) return;
  await browser.runtime
    .sendMessage({
      target: BACKGROUND,
      type: 'keep-source',
      meta: readPageMeta(document, location.href),
      text,
      auto: true,
    })
    .catch(() => {
      // The background may be restarting: this page is kept the next time it is read.
    });
}

/**
 * The reader: everything Newslens does on a news article. It is not in the manifest: the probe
 * (`entrypoints/probe.ts`) decides whether the page is English news, and only then (or when the reader
 * asks from the popup) does the background (or the popup) inject this script and its styles into the
 * tab, so pages that are not news never load it. It starts from the probe's detection of the page.
 * Its `matches` become the host permissions that injection needs.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  // Whoever injects the reader (utils/reader-loader.ts) inserts content-scripts/reader.css with it.
  cssInjectionMode: 'manual',
  // WXT's start message to the page's window is kept only for old WXT versions: the page need not see it.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // The probe steps aside; the detection it made of this very page is where the session starts.
    const state = pageState();
    state.readerLoaded = true;
    state.stopProbe();
    const detected =
      state.detection &&
      state.status?.url === location.href &&
      state.detection.body.every((element) => element.isConnected)
        ? { detection: state.detection, ms: state.status.detectMs }
        : null;
    state.detection = null;
    const settings = normalizeSettings(await settingsItem.getValue());
    const colors = new MarkColorSheet(document, customColors(settings.colors), ctx.signal);
    let status: PageStatus | null = null;
    const session = new PageSession({
      doc: document,
      detected,
      // The address lets the background know the page's own kept copy, which never corroborates it.
      analyze: (text) => requestAnalysis(text, location.href),
      kinds: shownKinds(settings),
      maxChars: MAX_ANALYZED_CHARS,
      signal: ctx.signal,
      report: (next: PageSessionStatus) => {
        // On English news the colours come in right after detection, before the first mark is painted.
        colors.setNeeded((next.article.isNews && next.article.readable) || next.leaders + next.claims > 0);
        status = {
          url: location.href,
          ...next.article,
          leaders: next.leaders,
          claims: next.claims,
          skippedChars: next.skippedChars,
          detectMs: next.detectMs,
        };
        browser.runtime.sendMessage({ target: BACKGROUND, type: 'page-status', status }).catch(() => {
          // The background may be restarting; the next report brings it up to date.
        });
      },
    });
    const card = new HighlightCard({
      doc: document,
      item: (kind, key) => session.items.find((item) => item.kind === kind && item.key === key),
      isMark: (element) => session.owns(element),
      sentence: (mark, item) => session.sentenceOf(mark, item),
      t: browserTranslate,
      signal: ctx.signal,
    });
    ctx.onInvalidated(
      settingsItem.watch((next) => {
        card.hide();
        const chosen = normalizeSettings(next);
        colors.setColors(customColors(chosen.colors));
        void session.setKinds(shownKinds(chosen));
      }),
    );
    ctx.addEventListener(window, 'wxt:locationchange', () => void session.refresh());
    // The popup and the keyboard commands: only this extension's own pages and background may ask.
    const onMessage = (message: unknown, sender: { id?: string; url?: string }) => {
      if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/')))
        return undefined;
      const request = parseContentRequest(message);
      if (!request || window !== window.top) return undefined;
      switch (request.type) {
        case 'get-page':
          // With highlights off the lists are still there: the article is analysed for them now.
          return session
            .analyseForLists()
            .catch((error: unknown) => console.debug('Newslens: could not analyse for the lists', error))
            .then((): PageReport => ({ status, items: [...session.items], forced: session.isForced }));
        case 'reveal':
          return Promise.resolve(session.reveal(request.kind, request.key));
        case 'analyze-anyway':
          return session.analyzeAnyway().then(() => true);
        case 'next-highlight':
          return Promise.resolve(session.focusNext());
        case 'page-source': {
          const source: PageSource = session.text
            ? { text: session.text, meta: readPageMeta(document, location.href) }
            : null;
          return Promise.resolve(source);
        }
        case 'sources-changed':
          return session.rematch().then(() => true);
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    // The injection waits for main, not for the article's analysis: the reader is ready to answer now.
    session
      .start()
      .then(() => keepIfAsked(session.isNews ? session.text : ''))
      .catch((error: unknown) => console.error('Newslens: could not read this page', error));
  },
});
