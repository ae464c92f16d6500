import { browser } from '#imports';
import type { Analysis } from '@/analysis/types';
import { CONTENT, errorText, type ContentRequest, type SourcesReply, type SourcesRequest } from './messages';
import { normalizeSettings, settingsItem } from './settings';
import type { SourceLibrary } from './source-library';

/** Who asked: the extension's own pages have its address; content scripts the page's. */
export interface SourcesSender {
  url?: string;
  tab?: { id?: number };
}

/** Tells every tab's reader that the sources changed, so each page is matched again at once. */
async function tellTabsSourcesChanged(): Promise<void> {
  const request: ContentRequest = { target: CONTENT, type: 'sources-changed' };
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : // A tab without the reader (not news, a browser page) has nothing to match.
          browser.tabs.sendMessage(tab.id, request, { frameId: 0 }).catch(() => undefined),
    ),
  );
}

/**
 * The background's answer to a request about the kept sources. Only the extension's own pages may
 * list, remove, export or import them, and keep a page by the reader's choice; a page's reader script
 * may keep its page only when the "keep every English news article" setting is on.
 */
export async function handleSourcesRequest(
  request: SourcesRequest,
  sender: SourcesSender,
  library: Promise<SourceLibrary>,
  changed: () => Promise<void> = tellTabsSourcesChanged,
  recentAnalysis: (text: string) => Analysis | undefined = () => undefined,
): Promise<SourcesReply> {
  const fromExtension = !!sender.url?.startsWith(browser.runtime.getURL('/'));
  try {
    if (request.type === 'keep-source') {
      if (request.auto) {
        const settings = normalizeSettings(await settingsItem.getValue());
        if (!settings.keepAll) return { ok: false, error: 'the setting to keep every article is off' };
      } else if (!fromExtension) return { ok: false, error: 'only the reader keeps a page' };
      // A page's script speaks only for its own page.
      if (!fromExtension && request.meta.url !== sender.url) return { ok: false, error: 'not this page' };
      const analysis = recentAnalysis(request.text);
      const kept = await (
        await library
      ).keep(request.meta, request.text, {
        auto: request.auto,
        ...(analysis ? { analysis } : {}),
      });
      if (kept.changed) await changed();
      return { ok: true, kept: kept.summary };
    }
    if (!fromExtension) return { ok: false, error: 'not allowed' };
    const sources = await library;
    switch (request.type) {
      case 'list-sources':
        return {
          ok: true,
          list: {
            bundled: sources.index.allSources().filter((source) => source.kind === 'bundled'),
            kept: sources.list(),
            bytes: sources.bytes(),
            thisPage: (request.url && sources.find({ url: request.url })) || null,
          },
        };
      case 'remove-sources':
        await sources.remove(request.ids);
        await changed();
        return { ok: true, removed: request.ids.length };
      case 'clear-sources': {
        const removed = await sources.clear(request.autoOnly);
        await changed();
        return { ok: true, removed };
      }
      case 'export-sources':
        return { ok: true, ...(await sources.export()) };
      case 'sources-glossary':
        return { ok: true, glossary: sources.index.glossary() };
      case 'import-sources': {
        const imported = await sources.importPack(request.text, request.bytes);
        if (imported.ok && imported.added > 0) await changed();
        return { ok: true, imported };
      }
    }
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}
