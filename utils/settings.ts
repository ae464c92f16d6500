import { storage } from '#imports';

/** What the reader chooses; one typed, versioned item shared by every tab, the popup and the background. */
export interface Settings {
  /** Highlights on or off everywhere. */
  enabled: boolean;
  /** Each kind of highlight on or off. */
  leaders: boolean;
  claims: boolean;
  /** Host names ("example.com") where highlights are off. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  enabled: true,
  leaders: true,
  claims: true,
  disabledSites: [],
}) as Settings;

/**
 * Stored in `local` rather than `sync`: nothing about the reader leaves the machine, not even
 * through the browser's own sync. Version 1; a future shape adds a migration here.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Settings with every field checked: a damaged or partial stored value falls back field by field. */
export function normalizeSettings(value: unknown): Settings {
  const stored = (typeof value === 'object' && value !== null ? value : {}) as Partial<
    Record<keyof Settings, unknown>
  >;
  const flag = (key: 'enabled' | 'leaders' | 'claims') =>
    typeof stored[key] === 'boolean' ? stored[key] : DEFAULT_SETTINGS[key];
  const sites = Array.isArray(stored.disabledSites)
    ? stored.disabledSites.filter((site): site is string => typeof site === 'string')
    : [];
  return { enabled: flag('enabled'), leaders: flag('leaders'), claims: flag('claims'), disabledSites: sites };
}

/** Whether highlights of any kind show on a page of `host` under these settings. */
export function highlightsOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host) && (settings.leaders || settings.claims);
}
