import { storage } from '#imports';

/** The two kinds of highlight. */
export type HighlightKind = 'leader' | 'claim';

/** A colour as `#rrggbb`, lower case: what `<input type="color">` gives and the only form stored. */
export type HexColor = string;

/** What the reader chooses; one typed, versioned item shared by every tab, the popup, the options page and the background. */
export interface Settings {
  /** Highlights on or off everywhere. */
  enabled: boolean;
  /** Each kind of highlight on or off. */
  leaders: boolean;
  claims: boolean;
  /** Host names ("example.com") where highlights are off. */
  disabledSites: string[];
  /** The underline and tint colour of each kind. */
  colors: Record<HighlightKind, HexColor>;
  /** Keep every English news article read as a source, without asking (off unless the reader turns it on). */
  keepAll: boolean;
}

/**
 * Okabe and Ito's palette for colour-blind readers: vermillion and blue stay apart under deuteranopia,
 * protanopia and tritanopia, and both keep 3:1 contrast against white and black pages. The kinds also differ
 * by underline style (solid, dashed), so colour is never the only difference.
 */
export const DEFAULT_COLORS: Readonly<Record<HighlightKind, HexColor>> = Object.freeze({
  leader: '#d55e00',
  claim: '#0072b2',
});

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  enabled: true,
  leaders: true,
  claims: true,
  disabledSites: [],
  colors: DEFAULT_COLORS,
  keepAll: false,
}) as Settings;

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/** `value` as a `#rrggbb` colour in lower case, or null when it is anything else. */
export function parseHexColor(value: unknown): HexColor | null {
  return typeof value === 'string' && HEX_COLOR.test(value) ? value.toLowerCase() : null;
}

/** The reader's valid colours that differ from the defaults (which the content script's CSS already has). */
export function customColors(colors: Settings['colors']): Partial<Record<HighlightKind, HexColor>> {
  const custom: Partial<Record<HighlightKind, HexColor>> = {};
  for (const kind of Object.keys(DEFAULT_COLORS) as HighlightKind[]) {
    const color = parseHexColor(colors[kind]);
    if (color && color !== DEFAULT_COLORS[kind]) custom[kind] = color;
  }
  return custom;
}

/**
 * Version 1 had no colours; version 2 adds `colors`. `keepAll` came later without a new version: a value
 * without it reads as off (`normalizeSettings`), which is what it was.
 */
type SettingsV1 = Omit<Settings, 'colors' | 'keepAll'>;

/**
 * Stored in `local` rather than `sync`: nothing about the reader leaves the machine, not even
 * through the browser's own sync. Each new shape bumps the version and adds a migration here.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    // Keeps every choice the reader made and adds the default colours (or keeps valid ones already there).
    2: (v1: SettingsV1): Settings => normalizeSettings(v1),
  },
});

/** Settings with every field checked: a damaged or partial stored value falls back field by field. */
export function normalizeSettings(value: unknown): Settings {
  const stored = (typeof value === 'object' && value !== null ? value : {}) as Partial<
    Record<keyof Settings, unknown>
  >;
  const flag = (key: 'enabled' | 'leaders' | 'claims' | 'keepAll') =>
    typeof stored[key] === 'boolean' ? stored[key] : DEFAULT_SETTINGS[key];
  const sites = Array.isArray(stored.disabledSites)
    ? stored.disabledSites.filter((site): site is string => typeof site === 'string')
    : [];
  const colors = (
    typeof stored.colors === 'object' && stored.colors !== null ? stored.colors : {}
  ) as Partial<Record<HighlightKind, unknown>>;
  return {
    enabled: flag('enabled'),
    leaders: flag('leaders'),
    claims: flag('claims'),
    disabledSites: sites,
    colors: {
      leader: parseHexColor(colors.leader) ?? DEFAULT_COLORS.leader,
      claim: parseHexColor(colors.claim) ?? DEFAULT_COLORS.claim,
    },
    keepAll: flag('keepAll'),
  };
}

/** Whether highlights of any kind show on a page of `host` under these settings. */
export function highlightsOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host) && (settings.leaders || settings.claims);
}
