import { browser } from '#imports';
import {
  askBackground,
  BACKGROUND,
  type SourcesList,
  type SourcesReply,
  type SourcesRequest,
} from './messages';
import { normalizeSettings, settingsItem, type Settings } from './settings';
import type { ImportResult } from './source-library';

/**
 * Everything the options page asks of the extension: the same settings item the popup, the background and
 * every tab use, and the kept sources, which the background holds. Its components only display, and tests swap this for `createMockOptionsConnector`.
 */
export interface OptionsConnector {
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  /** Calls `listener` whenever the settings change, here or anywhere else; returns the unsubscribe. */
  onSettingsChange(listener: (settings: Settings) => void): () => void;
  /** The bundled and kept sources and the storage they use. */
  loadSources(): Promise<SourcesList>;
  removeSources(ids: string[]): Promise<void>;
  /** Removes every kept source, or those the setting kept; returns how many went. */
  clearSources(autoOnly: boolean): Promise<number>;
  /** The kept sources as one pack file's text, and how many articles it holds. */
  exportSources(): Promise<{ pack: string; articles: number }>;
  /** Imports a pack file's text (`bytes` long): whole, or nothing and why. */
  importSources(text: string, bytes: number): Promise<ImportResult>;
}

/** Sends a request about the sources to the background and returns its answer when ok; throws why not. */
async function askSources(request: SourcesRequest): Promise<Extract<SourcesReply, { ok: true }>> {
  return askBackground<SourcesReply>((message) => browser.runtime.sendMessage(message), request);
}

/** The connector for the options page talking to the real extension storage. */
export function connectOptions(): OptionsConnector {
  return {
    loadSettings: async () => normalizeSettings(await settingsItem.getValue()),
    saveSettings: (settings) => settingsItem.setValue(normalizeSettings(settings)),
    onSettingsChange: (listener) => settingsItem.watch((next) => listener(normalizeSettings(next))),
    loadSources: async () => {
      const { list } = await askSources({ target: BACKGROUND, type: 'list-sources' });
      if (!list) throw new Error('no list of sources');
      return list;
    },
    removeSources: async (ids) => {
      await askSources({ target: BACKGROUND, type: 'remove-sources', ids });
    },
    clearSources: async (autoOnly) =>
      (await askSources({ target: BACKGROUND, type: 'clear-sources', autoOnly })).removed ?? 0,
    exportSources: async () => {
      const { pack, articles } = await askSources({ target: BACKGROUND, type: 'export-sources' });
      return { pack: pack ?? '', articles: articles ?? 0 };
    },
    importSources: async (text, bytes) => {
      const { imported } = await askSources({ target: BACKGROUND, type: 'import-sources', text, bytes });
      if (!imported) throw new Error('no answer to the import');
      return imported;
    },
  };
}
