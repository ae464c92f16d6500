import { browser, defineBackground } from '#imports';
import { analyze } from '@/analysis';
import { highlightSpans } from '@/analysis/highlights';
import { parseBackgroundRequest, type AnalyzeReply, type PageStatus } from '@/utils/messages';

/**
 * The background hosts the analysis, so compromise loads once here and never into a page, and
 * keeps what each tab's content script reported for the popup and the badge.
 */
export default defineBackground(() => {
  const pages = new Map<number, PageStatus>();

  browser.runtime.onMessage.addListener((message, sender) => {
    // Only this extension's own pages and content scripts; anything else or malformed is refused.
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseBackgroundRequest(message);
    if (!request) return undefined;
    switch (request.type) {
      case 'analyze': {
        let reply: AnalyzeReply;
        try {
          reply = { ok: true, spans: highlightSpans(analyze(request.text)) };
        } catch (error) {
          reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
        }
        return Promise.resolve(reply);
      }
      case 'page-status': {
        // A content script speaks only for its own tab.
        const tabId = sender.tab?.id;
        if (tabId === undefined || sender.frameId !== 0) return undefined;
        pages.set(tabId, request.status);
        return undefined;
      }
      case 'get-page-status':
        // Extension pages only (the popup, also when opened in a tab): never a content script.
        if (!sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
        return Promise.resolve(pages.get(request.tabId) ?? null);
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => pages.delete(tabId));
});
