import type { Worker } from 'playwright-core';

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
