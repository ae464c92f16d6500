import { normalizeSettings, settingsItem, type Settings } from './settings';

/**
 * Everything the options page asks of the extension: the same settings item the popup, the background and
 * every tab use. Its components only display, and tests swap this for `createMockOptionsConnector`.
 */
export interface OptionsConnector {
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  /** Calls `listener` whenever the settings change, here or anywhere else; returns the unsubscribe. */
  onSettingsChange(listener: (settings: Settings) => void): () => void;
}

/** The connector for the options page talking to the real extension storage. */
export function connectOptions(): OptionsConnector {
  return {
    loadSettings: async () => normalizeSettings(await settingsItem.getValue()),
    saveSettings: (settings) => settingsItem.setValue(normalizeSettings(settings)),
    onSettingsChange: (listener) => settingsItem.watch((next) => listener(normalizeSettings(next))),
  };
}
