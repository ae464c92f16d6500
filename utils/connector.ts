import { browser } from '#imports';
import type { Glossary } from '@/analysis/glossary';
import {
  askBackground,
  BACKGROUND,
  CONTENT,
  errorText,
  isPageStatus,
  parseBackgroundRequest,
  type ContentRequest,
  type PageReport,
  type PageSource,
  type SourcesList,
  type SourcesReply,
} from './messages';
import { PAGE_STATE, readPageState, type PageStateView } from './page-state';
import { loadReader } from './reader-loader';
import { normalizeSettings, settingsItem, type Settings } from './settings';

/**
 * Everything the popup asks of the extension, in one place: the popup's components only display, and
 * tests swap this for `createMockConnector`.
 */
export interface PopupConnector {
  /** The tab's page report, or null when no content script answers (a browser page, a PDF, a page loaded before install). */
  loadPage(): Promise<PageReport | null>;
  /** Calls `listener` whenever the tab's content script reports a change; returns the unsubscribe. */
  onPageChange(listener: () => void): () => void;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  onSettingsChange(listener: (settings: Settings) => void): () => void;
  /** Scrolls the page to the next mention of a leader or figure and marks it briefly. */
  reveal(kind: 'leader' | 'claim', key: string): Promise<void>;
  analyzeAnyway(): Promise<void>;
  /** The sources (bundled and kept) and the kept copy of this page; null when the background cannot say. */
  loadSources(): Promise<SourcesList | null>;
  /** All the sources, bundled and kept, as one glossary; null when the background cannot say. */
  loadGlossary(): Promise<Glossary | null>;
  /** Keeps the page as a source: its analysed text and what it states about itself. Throws why not. */
  keepPage(): Promise<void>;
  /** Opens the options page (colours, sites where highlights are off). */
  openOptions(): Promise<void>;
  /** Opens this view as a page about the same tab; absent when it already is one. */
  openInTab?: () => Promise<void>;
}

/** How long a reader that is starting gets before it is asked again. */
const READER_START_MS = 300;

/** The tab a popup is about: `?tabId=N` when it was opened as a page, else the active tab. */
async function targetTab(search: string): Promise<number | null> {
  const requested = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(requested) && requested > 0) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The connector for a popup (or `popup.html?tabId=N`) talking to the real extension. */
export async function connectToTab(search: string): Promise<PopupConnector> {
  const tabId = await targetTab(search);
  const ask = <T>(request: ContentRequest): Promise<T | null> =>
    tabId === null
      ? Promise.resolve(null)
      : (browser.tabs.sendMessage(tabId, request, { frameId: 0 }) as Promise<T>).catch(() => null);
  /**
   * The page state, read in the page's isolated world: on a page without the reader, nothing in the
   * page listens for messages. Null where the probe is not (a browser page, a PDF, a page loaded
   * before install).
   */
  const readState = async (): Promise<PageStateView | null> => {
    if (tabId === null) return null;
    const results = await browser.scripting
      .executeScript({ target: { tabId, frameIds: [0] }, func: readPageState, args: [PAGE_STATE] })
      .catch(() => []);
    return (results[0]?.result as PageStateView | null | undefined) ?? null;
  };
  const probeReport = async (): Promise<PageReport | null> => {
    const status = (await readState())?.status;
    return isPageStatus(status) ? { status, items: [], forced: false } : null;
  };
  const openedAsPage = new URLSearchParams(search).has('tabId');
  return {
    // The reader answers for the pages it has; the probe's verdict stands for the others.
    loadPage: async () => (await ask<PageReport>({ target: CONTENT, type: 'get-page' })) ?? probeReport(),
    onPageChange(listener) {
      const onMessage = (message: unknown, sender: { tab?: { id?: number } }) => {
        if (sender.tab?.id === tabId && parseBackgroundRequest(message)?.type === 'page-status') listener();
        return undefined;
      };
      browser.runtime.onMessage.addListener(onMessage);
      return () => browser.runtime.onMessage.removeListener(onMessage);
    },
    loadSettings: async () => normalizeSettings(await settingsItem.getValue()),
    saveSettings: (settings) => settingsItem.setValue(settings),
    onSettingsChange: (listener) => settingsItem.watch((next) => listener(normalizeSettings(next))),
    reveal: async (kind, key) => {
      await ask({ target: CONTENT, type: 'reveal', kind, key });
    },
    analyzeAnyway: async () => {
      if (tabId === null) return;
      // The reader, when the page has it; else the reader is loaded into the page and asked at once.
      // (A reader still starting does not answer yet: it is asked again rather than loaded twice.)
      const request: ContentRequest = { target: CONTENT, type: 'analyze-anyway' };
      if ((await ask<boolean>(request)) !== null) return;
      if ((await readState())?.readerLoaded) {
        await new Promise((resolve) => setTimeout(resolve, READER_START_MS));
        await ask<boolean>(request);
      } else
        await loadReader(tabId, 0, true).catch((error: unknown) =>
          console.error(`Newslens: could not load the reader (${errorText(error)})`),
        );
    },
    loadSources: async () => {
      const status = (await readState())?.status;
      const url = isPageStatus(status) ? status.url : undefined;
      const reply = await askBackground<SourcesReply>((request) => browser.runtime.sendMessage(request), {
        target: BACKGROUND,
        type: 'list-sources',
        ...(url ? { url } : {}),
      }).catch(() => null);
      return reply?.list ?? null;
    },
    loadGlossary: async () => {
      const reply = await askBackground<SourcesReply>((request) => browser.runtime.sendMessage(request), {
        target: BACKGROUND,
        type: 'sources-glossary',
      }).catch(() => null);
      return reply?.glossary ?? null;
    },
    keepPage: async () => {
      const source = await ask<PageSource>({ target: CONTENT, type: 'page-source' });
      if (!source) throw new Error('the page has no analysed article');
      await askBackground<SourcesReply>((request) => browser.runtime.sendMessage(request), {
        target: BACKGROUND,
        type: 'keep-source',
        meta: source.meta,
        text: source.text,
        auto: false,
      });
    },
    openOptions: () => browser.runtime.openOptionsPage(),
    ...(openedAsPage || tabId === null
      ? {}
      : {
          openInTab: async () => {
            await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tabId=${tabId}`) });
            window.close();
          },
        }),
  };
}
