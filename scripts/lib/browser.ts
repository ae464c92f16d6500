/** Launches Chromium with the built extension loaded, for end-to-end tests, benchmarks and `npm start`. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** The built Chrome extension; $NEWSLENS_EXTENSION_DIR points elsewhere (a copy that a rebuild will not touch). */
export const EXTENSION_DIR = resolve(process.env.NEWSLENS_EXTENSION_DIR ?? '.output/chrome-mv3');

/**
 * Flags for a headless Chromium on a machine without a sandbox or a GPU. Without the networking
 * ones Chromium keeps trying to reach the internet for updates and sync.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium on this machine: $CHROMIUM_PATH, else the usual system locations. */
export function findChromium(): string | null {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ];
  return candidates.find((path): path is string => !!path && existsSync(path)) ?? null;
}

/** Chromium's path, or an error that says how to get it. */
export function requireChromium(): string {
  const path = findChromium();
  if (!path)
    throw new Error('Chromium not found: install it (apt-get install chromium) or set CHROMIUM_PATH.');
  return path;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/** Chromium with `.output/chrome-mv3` loaded, in a fresh profile that is deleted on close. */
export async function launchWithExtension(options: { headless?: boolean } = {}): Promise<ExtensionBrowser> {
  const executablePath = requireChromium();
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first.`);
  const profile = mkdtempSync(join(tmpdir(), 'newslens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...CHROMIUM_FLAGS,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until the page's highlights stop changing (no new mark for `quietMs`), and returns how many there are. */
export async function waitForHighlights(
  page: Page,
  options: { min?: number; quietMs?: number; timeoutMs?: number } = {},
): Promise<number> {
  const { min = 1, quietMs = 400, timeoutMs = 15_000 } = options;
  const started = Date.now();
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() - started < timeoutMs) {
    const count = await page.locator('newslens-mark').count();
    if (count !== last) {
      last = count;
      stableSince = Date.now();
    } else if (count >= min && Date.now() - stableSince >= quietMs) return count;
    await page.waitForTimeout(100);
  }
  return last;
}

interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Writes the extension's settings item the way the popup does, from the extension's own service worker. */
export async function setSettings(worker: Worker, settings: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (value) => {
    const local = (globalThis as unknown as { chrome: { storage: { local: StorageArea } } }).chrome.storage
      .local;
    const current = ((await local.get('settings')).settings ?? {}) as Record<string, unknown>;
    await local.set({
      settings: { enabled: true, leaders: true, claims: true, disabledSites: [], ...current, ...value },
    });
  }, settings);
}

/**
 * The id of the tab showing `url`, asked of the extension's service worker: its host permissions let
 * it read the addresses of http(s) tabs. -1 when no tab does.
 */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (target) => {
    interface Tabs {
      query(query: object): Promise<{ id?: number; url?: string }[]>;
    }
    const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
    const tab = (await tabs.query({})).find((candidate) => candidate.url === target);
    return tab?.id ?? -1;
  }, url);
}
