import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  customColors,
  DEFAULT_COLORS,
  DEFAULT_SETTINGS,
  highlightsOn,
  normalizeSettings,
  parseHexColor,
  settingsItem,
} from './settings';

describe('normalizeSettings', () => {
  it('gives the defaults for nothing or garbage', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('on')).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ colors: 'red' })).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and replaces damaged ones field by field', () => {
    const settings = normalizeSettings({
      enabled: false,
      leaders: 'yes',
      claims: false,
      disabledSites: ['example.com', 3, null],
      colors: { leader: '#ABCDEF', claim: 'blue' },
    });
    expect(settings).toEqual({
      enabled: false,
      leaders: true,
      claims: false,
      disabledSites: ['example.com'],
      colors: { leader: '#abcdef', claim: DEFAULT_COLORS.claim },
      keepAll: false,
    });
  });

  it('accepts only #rrggbb colours', () => {
    for (const bad of ['#abc', '#abcdef0', 'abcdef', '#ggg000', 'rgb(0 0 0)', 'red;}*{color:red', 0xabcdef])
      expect(parseHexColor(bad)).toBeNull();
    expect(parseHexColor('#00FF7f')).toBe('#00ff7f');
  });

  it('never hands out the frozen defaults for editing', () => {
    const settings = normalizeSettings({});
    settings.colors.leader = '#000000';
    expect(DEFAULT_SETTINGS.colors.leader).toBe(DEFAULT_COLORS.leader);
  });
});

describe('customColors', () => {
  it('gives only the valid colours that differ from the defaults', () => {
    expect(customColors(DEFAULT_COLORS)).toEqual({});
    expect(customColors({ ...DEFAULT_COLORS, claim: '#445566' })).toEqual({ claim: '#445566' });
    expect(customColors({ leader: 'red', claim: '#ABCDEF' })).toEqual({ claim: '#abcdef' });
  });
});

describe('highlightsOn', () => {
  it('is off when disabled, on a disabled site, or with both kinds off', () => {
    expect(highlightsOn(DEFAULT_SETTINGS, 'example.com')).toBe(true);
    expect(highlightsOn({ ...DEFAULT_SETTINGS, enabled: false }, 'example.com')).toBe(false);
    expect(highlightsOn({ ...DEFAULT_SETTINGS, disabledSites: ['example.com'] }, 'example.com')).toBe(false);
    expect(highlightsOn({ ...DEFAULT_SETTINGS, leaders: false, claims: false }, 'example.com')).toBe(false);
  });
});

describe('settingsItem', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to the defaults when nothing is stored', async () => {
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates version 1 to version 2, keeping the reader choices and adding colours', async () => {
    const v1 = { enabled: false, leaders: true, claims: false, disabledSites: ['example.com'] };
    await fakeBrowser.storage.local.set({ settings: v1, settings$: { v: 1 } });
    await settingsItem.migrate();
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored.settings).toEqual({ ...v1, colors: DEFAULT_COLORS, keepAll: false });
    expect(stored.settings$).toEqual({ v: 2 });
  });

  it('treats a value stored without a version as version 1', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: true, leaders: false } });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual({ ...DEFAULT_SETTINGS, leaders: false });
    expect(await settingsItem.getMeta()).toEqual({ v: 2 });
  });

  it('leaves a version 2 value alone', async () => {
    const v2 = { ...DEFAULT_SETTINGS, colors: { leader: '#112233', claim: '#445566' } };
    await fakeBrowser.storage.local.set({ settings: v2, settings$: { v: 2 } });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual(v2);
  });

  it('tells watchers of every change', async () => {
    const seen: unknown[] = [];
    const unwatch = settingsItem.watch((next) => seen.push(next));
    const next = { ...DEFAULT_SETTINGS, colors: { leader: '#000000', claim: '#ffffff' } };
    await settingsItem.setValue(next);
    unwatch();
    expect(seen).toEqual([next]);
  });
});

// sRGB <-> linear light, relative luminance and CIELAB, enough to check what readers with a colour vision
// deficiency see (Machado, Oliveira and Fernandes 2009, severity 1).
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const linearRgb = (hex: string) => [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255));
const luminance = ([r, g, b]: number[]) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
const SIMULATIONS: Record<string, number[][]> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
function lab(rgb: number[]): number[] {
  const clamped = rgb.map((c) => Math.min(1, Math.max(0, c)));
  const [r, g, b] = clamped;
  const xyz = [
    (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
    0.2126 * r + 0.7152 * g + 0.0722 * b,
    (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
  ].map((t) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116));
  return [116 * xyz[1] - 16, 500 * (xyz[0] - xyz[1]), 200 * (xyz[1] - xyz[2])];
}

describe('default colours', () => {
  it.each(Object.keys(SIMULATIONS))('stay clearly apart with %s vision', (vision) => {
    const seen = (hex: string) =>
      lab(SIMULATIONS[vision].map((row) => row.reduce((sum, k, i) => sum + k * linearRgb(hex)[i], 0)));
    const [a, b] = [seen(DEFAULT_COLORS.leader), seen(DEFAULT_COLORS.claim)];
    // CIE76 distance: about 2.3 is just noticeable. A classic red and green pair (#d62728, #2ca02c) gives 7
    // with deuteranopia and 38 with protanopia; the defaults give over 90 with every vision.
    expect(Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])).toBeGreaterThan(40);
  });

  it('keep a 3:1 contrast as underlines on white and on black pages', () => {
    for (const hex of Object.values(DEFAULT_COLORS)) {
      const l = luminance(linearRgb(hex));
      expect(contrast(l, 1)).toBeGreaterThanOrEqual(3);
      expect(contrast(l, 0)).toBeGreaterThanOrEqual(3);
    }
  });
});
