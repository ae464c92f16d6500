/**
 * `npm start`: builds the extension and opens Chromium with it loaded on a local demo news page
 * made from a bundled source text. Without a display, it says so and writes screenshots of the
 * highlighted pages, a leader's card and the popup instead, and prints where they are.
 * `-- --no-build` skips the build; `-- --headless` forces screenshots.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, tabIdOf, waitForHighlights, type ExtensionBrowser } from './lib/browser';
import { startFixtureServer } from './lib/fixture-server';
import { sourceIds } from './lib/sources';

const args = new Set(process.argv.slice(2));
const SHOTS = '.output/screenshots';

function hasDisplay(): boolean {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function main(): Promise<void> {
  if (!args.has('--no-build')) {
    console.log('Building the extension (.output/chrome-mv3)...');
    execFileSync('npx', ['tsx', 'scripts/build-glossary.ts'], { stdio: 'inherit' });
    execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  }
  const server = await startFixtureServer({ port: Number(process.env.PORT ?? 0) });
  const ids = sourceIds();
  const demo = `${server.url}/news/${ids[0]}.html`;
  const headless = args.has('--headless') || !hasDisplay();

  if (!headless) {
    const browser = await launchWithExtension({ headless: false });
    const page = await browser.context.newPage();
    await page.goto(demo);
    for (const other of browser.context.pages()) if (other !== page) await other.close();
    console.log(`Chromium is open with Newslens loaded on the demo article: ${demo}`);
    console.log(`More pages: ${server.url}/ (close the browser or press Ctrl+C to stop)`);
    const stop = async () => {
      await browser.close();
      await server.close();
      process.exit(0);
    };
    browser.context.on('close', () => void stop());
    process.on('SIGINT', () => void stop());
    return;
  }

  console.log('No display here, so Chromium runs headless and the demo is saved as screenshots instead.');
  const browser = await launchWithExtension({ headless: true });
  const saved: string[] = [];
  try {
    mkdirSync(SHOTS, { recursive: true });
    for (const [index, id] of ids.entries()) {
      const url = `${server.url}/news/${id}.html`;
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1100, height: 820 });
      await page.goto(url);
      const marks = await waitForHighlights(page, { min: 1 });
      const counts = await page.$$eval('newslens-mark', (all) => ({
        leaders: all.filter((mark) => mark.getAttribute('data-newslens-kind') === 'leader').length,
        claims: all.filter((mark) => mark.getAttribute('data-newslens-kind') === 'claim').length,
      }));
      const file = join(SHOTS, `demo-${id}.png`);
      await page.screenshot({ path: file, fullPage: true });
      saved.push(
        `${file}: the article, ${marks} highlights (${counts.leaders} leader, ${counts.claims} claim pieces)`,
      );
      if (index === 0) saved.push(...(await cardAndPopup(browser, page, url, id)));
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`Screenshots, in ${SHOTS}/ (open them in any image viewer):`);
  for (const line of saved) console.log(`  ${line}`);
}

/** Screenshots of a leader's card in the page and of the popup about that page; returns their descriptions. */
async function cardAndPopup(
  browser: ExtensionBrowser,
  page: Page,
  url: string,
  id: string,
): Promise<string[]> {
  const leader = page.locator('newslens-mark[data-newslens-kind="leader"]').first();
  await leader.scrollIntoViewIfNeeded();
  await leader.hover();
  await page.waitForSelector('newslens-card', { state: 'attached' });
  await page.waitForTimeout(200);
  const card = join(SHOTS, `card-${id}.png`);
  await page.screenshot({ path: card });
  await page.mouse.move(5, 5);
  const tabId = await tabIdOf(browser.worker, url);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('.item--leader');
  const file = join(SHOTS, `popup-${id}.png`);
  await popup.screenshot({ path: file, fullPage: true });
  await popup.close();
  return [`${card}: a leader's card, as hovering a highlight shows it`, `${file}: the popup about that page`];
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
