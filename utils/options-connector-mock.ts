import type { OptionsConnector } from './options-connector';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings';

/** An options connector with no extension behind it, for component tests: state in, saves recorded. */
export interface MockOptionsConnector extends OptionsConnector {
  /** Every value saved, in order. */
  saved: Settings[];
  settings: Settings;
  /** Changes the settings as another part of the extension would (the popup, a keyboard command). */
  changeElsewhere(settings: Settings): void;
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
  };
  return mock;
}
