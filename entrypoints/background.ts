import { browser, defineBackground } from '#imports';
import { analyze } from '@/analysis';
import { highlightSpans } from '@/analysis/highlights';
import { describePage, GlossaryIndex } from '@/analysis/page-items';
import { glossary } from '@/utils/glossary';
import {
  BACKGROUND,
  CONTENT,
  parseBackgroundRequest,
  type AnalyzeReply,
  type ContentRequest,
} from '@/utils/messages';
import { normalizeSettings, settingsItem } from '@/utils/settings';

/**
 * The background hosts the analysis, so compromise loads once here and never into a page, sets each
 * tab's badge from what its content script reports, and runs the keyboard commands. It keeps no state
 * about what the reader reads.
 */
export default defineBackground(() => {
  const index = new GlossaryIndex(glossary);

  browser.runtime.onMessage.addListener((message, sender) => {
    // Only this extension's own pages and content scripts; anything else or malformed is refused.
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseBackgroundRequest(message);
    if (!request) return undefined;
    switch (request.type) {
      case 'analyze': {
        let reply: AnalyzeReply;
        try {
          const analysis = analyze(request.text);
          reply = {
            ok: true,
            spans: highlightSpans(analysis),
            items: describePage(request.text, analysis, index),
          };
        } catch (error) {
          reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
        }
        return Promise.resolve(reply);
      }
      case 'page-status': {
        // A content script speaks only for its own tab, and only its top frame sets the badge.
        const tabId = sender.tab?.id;
        if (tabId === undefined || sender.frameId !== 0) return undefined;
        const { isNews, leaders, claims } = request.status;
        const count = isNews ? leaders + claims : 0;
        void browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }).catch(() => {
          // The tab closed meanwhile.
        });
        return undefined;
      }
    }
  });

  browser.action.setBadgeBackgroundColor({ color: '#1f5fbf' }).catch(() => undefined);

  browser.commands.onCommand.addListener(async (command) => {
    if (command === 'toggle-highlights') {
      const settings = normalizeSettings(await settingsItem.getValue());
      await settingsItem.setValue({ ...settings, enabled: !settings.enabled });
    } else if (command === 'next-highlight') {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return;
      const request: ContentRequest = { target: CONTENT, type: 'next-highlight' };
      // A page without the content script (a browser page, a PDF) has nothing to move to.
      await browser.tabs.sendMessage(tab.id, request, { frameId: 0 }).catch(() => undefined);
    }
  });
});
