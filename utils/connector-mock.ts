import type { PopupConnector } from './connector';
import type { PageReport, SourcesList } from './messages';
import { DEFAULT_SETTINGS, type Settings } from './settings';

/** A connector with no extension behind it, for component tests: state in, calls recorded. */
export interface MockConnector extends PopupConnector {
  calls: { method: string; args: unknown[] }[];
  settings: Settings;
  /** Replaces the page report and tells listeners, as a content script's report would. */
  setPage(page: PageReport | null): void;
  /** What `loadSources` answers. */
  sources: SourcesList | null;
}

export function createMockConnector(
  page: PageReport | null,
  settings: Settings = DEFAULT_SETTINGS,
): MockConnector {
  const pageListeners = new Set<() => void>();
  const settingsListeners = new Set<(settings: Settings) => void>();
  const mock: MockConnector = {
    calls: [],
    settings: { ...settings },
    setPage(next) {
      page = next;
      for (const listener of pageListeners) listener();
    },
    loadPage: () => Promise.resolve(page),
    onPageChange(listener) {
      pageListeners.add(listener);
      return () => pageListeners.delete(listener);
    },
    loadSettings: () => Promise.resolve(mock.settings),
    saveSettings(next) {
      mock.calls.push({ method: 'saveSettings', args: [next] });
      mock.settings = next;
      for (const listener of settingsListeners) listener(next);
      return Promise.resolve();
    },
    onSettingsChange(listener) {
      settingsListeners.add(listener);
      return () => settingsListeners.delete(listener);
    },
    reveal(kind, key) {
      mock.calls.push({ method: 'reveal', args: [kind, key] });
      return Promise.resolve();
    },
    analyzeAnyway() {
      mock.calls.push({ method: 'analyzeAnyway', args: [] });
      return Promise.resolve();
    },
    sources: null,
    loadSources: () => Promise.resolve(mock.sources),
    loadGlossary: () => Promise.resolve(null),
    keepPage() {
      mock.calls.push({ method: 'keepPage', args: [] });
      return Promise.resolve();
    },
    openOptions() {
      mock.calls.push({ method: 'openOptions', args: [] });
      return Promise.resolve();
    },
    openInTab() {
      mock.calls.push({ method: 'openInTab', args: [] });
      return Promise.resolve();
    },
  };
  return mock;
}
