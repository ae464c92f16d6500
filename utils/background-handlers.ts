import { browser } from '#imports';
import { analyze } from '@/analysis';
import type { Analysis } from '@/analysis/types';
import { highlightSpans } from '@/analysis/highlights';
import { withPageContext } from '@/analysis/page-context';
import { describePage, type GlossaryIndex } from '@/analysis/page-items';
import { textHash } from '@/analysis/source-pack';
import {
  CONTENT,
  errorText,
  parseBackgroundRequest,
  type AnalyzeReply,
  type ContentRequest,
  type LoadReaderReply,
  type SourcesReply,
} from './messages';
import { normalizeSettings, settingsItem } from './settings';
import { handleSourcesRequest } from './source-handlers';
import type { SourceLibrary } from './source-library';

/** Who sent a runtime message, as the background needs to know it. */
export interface MessageSender {
  id?: string;
  /** The sender's address: an extension page's, or the page a content script runs in. */
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** What the background's answers act on: passed in, so the handler runs in tests without a browser. */
export interface BackgroundEffects {
  /** The bundled sources' index: used alone when there is no library (it could not be opened). */
  index: GlossaryIndex;
  /** The reader's kept sources with the bundled ones, once opened. */
  library?: Promise<SourceLibrary>;
  setBadge: (tabId: number, text: string) => void;
  /** Injects the reader into a tab's frame (`utils/reader-loader.ts`, not forced). */
  loadReader: (tabId: number, frameId: number, forced: false) => Promise<void>;
}

/**
 * The background's answer to a runtime message: analysis for this extension's content scripts, the
 * reader injected where the probe found news, and the badge set from a tab's own report. Anything from
 * another extension or of the wrong shape gets no answer.
 */
export function handleBackgroundMessage(
  message: unknown,
  sender: MessageSender,
  { index, library, setBadge, loadReader }: BackgroundEffects,
): Promise<AnalyzeReply | LoadReaderReply | SourcesReply> | undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  const request = parseBackgroundRequest(message);
  if (!request) return undefined;
  if (request.type === 'analyze') return analyzeText(request.text, request.url, library, index);
  if (request.type !== 'page-status' && request.type !== 'load-reader') {
    if (!library) return Promise.resolve({ ok: false, error: 'no kept sources here' });
    return handleSourcesRequest(request, sender, library, undefined, recentAnalysis);
  }
  // A content script speaks only for its own tab, and only its top frame sets the badge.
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0) return undefined;
  if (request.type === 'load-reader')
    return loadReader(tabId, sender.frameId, false).then(
      (): LoadReaderReply => ({ ok: true }),
      (error: unknown): LoadReaderReply => ({ ok: false, error: errorText(error) }),
    );
  const { isNews, leaders, claims } = request.status;
  const count = isNews ? leaders + claims : 0;
  setBadge(tabId, count > 0 ? String(count) : '');
  return undefined;
}

/** Analyses a page's text and matches it against every source, bundled and kept. */
// The last text analysed and its analysis: keeping a page right after it was read (the popup's button,
// or the setting that keeps every article) reuses it instead of analysing the same text again.
let lastAnalysed: { text: string; analysis: Analysis } | undefined;

/** The analysis of `text` when it is the text last analysed, else undefined. */
function recentAnalysis(text: string): Analysis | undefined {
  return lastAnalysed?.text === text ? lastAnalysed.analysis : undefined;
}

async function analyzeText(
  text: string,
  url: string | undefined,
  library: Promise<SourceLibrary> | undefined,
  bundled: GlossaryIndex,
): Promise<AnalyzeReply> {
  try {
    const index = library ? await library.then((sources) => sources.index).catch(() => bundled) : bundled;
    const analysis = analyze(text);
    lastAnalysed = { text, analysis };
    // The page's own kept copy is known by its address or its text, and never corroborates it.
    const hash = await textHash(text);
    return {
      ok: true,
      spans: highlightSpans(analysis),
      items: withPageContext(
        text,
        analysis,
        describePage(text, analysis, index, { ...(url ? { url } : {}), textHash: hash }),
      ),
    };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

/** Turns highlights everywhere off when on, on when off: the toolbar's keyboard command. */
export async function toggleHighlights(): Promise<void> {
  const settings = normalizeSettings(await settingsItem.getValue());
  await settingsItem.setValue({ ...settings, enabled: !settings.enabled });
}

/** Runs a keyboard command from the manifest's `commands`. */
export async function runCommand(command: string): Promise<void> {
  if (command === 'toggle-highlights') await toggleHighlights();
  else if (command === 'next-highlight') {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const request: ContentRequest = { target: CONTENT, type: 'next-highlight' };
    // A page without the reader (not news, a browser page, a PDF) has nothing to move to.
    await browser.tabs.sendMessage(tab.id, request, { frameId: 0 }).catch(() => undefined);
  }
}
