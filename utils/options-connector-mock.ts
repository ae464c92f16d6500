import type { SourcesList } from './messages';
import type { OptionsConnector } from './options-connector';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings';

/** An options connector with no extension behind it, for component tests: state in, saves recorded. */
export interface MockOptionsConnector extends OptionsConnector {
  /** Every value saved, in order. */
  saved: Settings[];
  settings: Settings;
  /** Changes the settings as another part of the extension would (the popup, a keyboard command). */
  changeElsewhere(settings: Settings): void;
  /** The sources the background would list; calls to change them are recorded in `sourceCalls`. */
  sources: SourcesList;
  sourceCalls: { method: string; args: unknown[] }[];
}

export function createMockOptionsConnector(settings: Settings = DEFAULT_SETTINGS): MockOptionsConnector {
  const listeners = new Set<(settings: Settings) => void>();
  const tell = (next: Settings) => {
    for (const listener of listeners) listener(next);
  };
  const mock: MockOptionsConnector = {
    saved: [],
    settings: normalizeSettings(settings),
    changeElsewhere(next) {
      mock.settings = normalizeSettings(next);
      tell(mock.settings);
    },
    loadSettings: () => Promise.resolve(mock.settings),
    saveSettings(next) {
      mock.saved.push(next);
      mock.settings = normalizeSettings(next);
      tell(mock.settings);
      return Promise.resolve();
    },
    onSettingsChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    sources: { bundled: [], kept: [], bytes: 0, thisPage: null },
    sourceCalls: [],
    loadSources: () => Promise.resolve(mock.sources),
    removeSources(ids) {
      mock.sourceCalls.push({ method: 'removeSources', args: [ids] });
      mock.sources = {
        ...mock.sources,
        kept: mock.sources.kept.filter((source) => !ids.includes(source.id)),
      };
      return Promise.resolve();
    },
    clearSources(autoOnly) {
      mock.sourceCalls.push({ method: 'clearSources', args: [autoOnly] });
      const before = mock.sources.kept.length;
      mock.sources = {
        ...mock.sources,
        kept: mock.sources.kept.filter((source) => autoOnly && !source.auto),
      };
      return Promise.resolve(before - mock.sources.kept.length);
    },
    exportSources() {
      mock.sourceCalls.push({ method: 'exportSources', args: [] });
      return Promise.resolve({ pack: '{}', articles: 0 });
    },
    importSources(text, bytes) {
      mock.sourceCalls.push({ method: 'importSources', args: [text, bytes] });
      return Promise.resolve({ ok: false, problem: { code: 'not-a-pack' } });
    },
  };
  return mock;
}
