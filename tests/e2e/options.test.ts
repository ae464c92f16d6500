/**
 * The reader's colours and the options page, with the built extension in Chromium: colours reach the
 * highlights without changing the page's DOM, and the options page writes the same settings the popup does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  setSettings,
  waitForHighlights,
  type ExtensionBrowser,
} from '../../scripts/lib/browser';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server';
import { sourceIds } from '../../scripts/lib/sources';
import { openPage } from './page';

const [firstSource] = sourceIds();

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const storedSettings = () =>
  browser.worker.evaluate(async () => {
    const local = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome.storage.local;
    return (await local.get('settings')).settings as Record<string, unknown> | undefined;
  });

describe('reader colours', () => {
  it('paints the chosen colours without changing the DOM, and takes them back', async () => {
    const { page, extensionErrors } = await openPage(browser.context, server.url);
    await page.goto(`${server.url}/news/${firstSource}.html`);
    await waitForHighlights(page, { min: 5 });
    const leaderColor = () =>
      page.$eval(
        'newslens-mark[data-newslens-kind="leader"]',
        (mark) => getComputedStyle(mark).textDecorationColor,
      );
    expect(await leaderColor()).toBe('rgb(213, 94, 0)');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await setSettings(browser.worker, { colors: { leader: '#112233', claim: '#0072b2' } });
    await expect.poll(leaderColor).toBe('rgb(17, 34, 51)');
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await setSettings(browser.worker, { colors: { leader: '#d55e00', claim: '#0072b2' } });
    await expect.poll(leaderColor).toBe('rgb(213, 94, 0)');
    expect(extensionErrors).toEqual([]);
    await page.close();
  });
});

describe('options page', () => {
  it('writes the settings every tab follows', async () => {
    const { page } = await openPage(browser.context, server.url);
    await page.goto(`${server.url}/news/${firstSource}.html`);
    await waitForHighlights(page, { min: 5 });
    const options = await browser.context.newPage();
    const errors: string[] = [];
    options.on('pageerror', (error) => errors.push(String(error)));
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const leaders = options.getByRole('switch', { name: 'Leaders' });
    await expect.poll(() => leaders.getAttribute('aria-checked')).toBe('true');
    await leaders.click();
    await expect.poll(async () => (await storedSettings())?.leaders).toBe(false);
    await expect.poll(() => page.locator('newslens-mark[data-newslens-kind="leader"]').count()).toBe(0);
    expect(await page.locator('newslens-mark[data-newslens-kind="claim"]').count()).toBeGreaterThan(0);
    await options.getByRole('button', { name: /reset/i }).click();
    await expect.poll(async () => (await storedSettings())?.leaders).toBe(true);
    await expect
      .poll(() => page.locator('newslens-mark[data-newslens-kind="leader"]').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await options.close();
    await page.close();
  });
});
