import { browser } from '#imports';
import { analyze } from '@/analysis';
import { highlightSpans } from '@/analysis/highlights';
import { withPageContext } from '@/analysis/page-context';
import { describePage, type GlossaryIndex } from '@/analysis/page-items';
import {
  CONTENT,
  errorText,
  parseBackgroundRequest,
  type AnalyzeReply,
  type ContentRequest,
  type LoadReaderReply,
} from './messages';
import { normalizeSettings, settingsItem } from './settings';

/** Who sent a runtime message, as the background needs to know it. */
export interface MessageSender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** What the background's answers act on: passed in, so the handler runs in tests without a browser. */
export interface BackgroundEffects {
  index: GlossaryIndex;
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
  { index, setBadge, loadReader }: BackgroundEffects,
): Promise<AnalyzeReply | LoadReaderReply> | undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  const request = parseBackgroundRequest(message);
  if (!request) return undefined;
  if (request.type === 'analyze') {
    try {
      const analysis = analyze(request.text);
      return Promise.resolve({
        ok: true,
        spans: highlightSpans(analysis),
        items: withPageContext(request.text, analysis, describePage(request.text, analysis, index)),
      });
    } catch (error) {
      return Promise.resolve({ ok: false, error: errorText(error) });
    }
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
