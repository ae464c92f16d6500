import { browser, defineContentScript } from '#imports';
import { PageSession, type PageSessionStatus } from '@/dom/page-session';
import { requestAnalysis } from '@/utils/analysis-client';
import { BACKGROUND, MAX_ANALYZED_CHARS, type PageStatus } from '@/utils/messages';
import { highlightsOn, normalizeSettings, settingsItem, type Settings } from '@/utils/settings';
import './style.css';

/** Which kinds of highlight the settings show on this page, or null when they are off here. */
function shownKinds(settings: Settings): Set<string> | null {
  if (!highlightsOn(settings, location.hostname)) return null;
  return new Set([...(settings.leaders ? ['leader'] : []), ...(settings.claims ? ['claim'] : [])]);
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const settings = normalizeSettings(await settingsItem.getValue());
    const session = new PageSession({
      doc: document,
      analyze: requestAnalysis,
      kinds: shownKinds(settings),
      maxChars: MAX_ANALYZED_CHARS,
      signal: ctx.signal,
      report: (status: PageSessionStatus) => {
        const message: PageStatus = {
          url: location.href,
          ...status.article,
          leaders: status.leaders,
          claims: status.claims,
          skippedChars: status.skippedChars,
          detectMs: status.detectMs,
        };
        browser.runtime
          .sendMessage({ target: BACKGROUND, type: 'page-status', status: message })
          .catch(() => {
            // The background may be restarting; the next report brings it up to date.
          });
      },
    });
    ctx.onInvalidated(
      settingsItem.watch((next) => void session.setKinds(shownKinds(normalizeSettings(next)))),
    );
    ctx.addEventListener(window, 'wxt:locationchange', () => void session.refresh());
    await session.start();
  },
});
