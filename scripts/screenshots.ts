/**
 * `npm run screenshots`: the README's pictures. Loads the built extension in Chromium on the demo
 * article, and saves to docs/screenshots/ the highlighted page, a highlight's card, and the popup
 * (opened as `popup.html?tabId=N` about that tab) and the options page, each in the light and the dark scheme.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, tabIdOf, waitForHighlights } from './lib/browser';
import { startFixtureServer } from './lib/fixture-server';
import { readSources } from './lib/sources';

const OUT = 'docs/screenshots';

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startFixtureServer();
  const browser = await launchWithExtension();
  try {
    const [first] = readSources();
    const url = `${server.url}/news/${first.id}.html`;
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 820 });
    await page.goto(url);
    await waitForHighlights(page);
    const tabId = await tabIdOf(browser.worker, url);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 1000 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await popup.emulateMedia({ colorScheme: scheme });
      await page.bringToFront();
      await page.locator('.story-body p').nth(1).scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollTo(0, 380));
      await page.screenshot({ path: join(OUT, `page-${scheme}.png`) });
      await page.locator('newslens-mark[data-newslens-kind="leader"]').nth(4).hover();
      await page.waitForSelector('newslens-card', { state: 'attached' });
      await page.waitForTimeout(200);
      await page.screenshot({ path: join(OUT, `card-${scheme}.png`) });
      await page.mouse.move(5, 5);
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
      await popup.waitForSelector('.item--leader');
      await popup.screenshot({ path: join(OUT, `popup-${scheme}.png`) });
      await popup.getByRole('tab', { name: /glossary/i }).click();
      await popup.getByRole('searchbox').fill('nato');
      await popup.screenshot({ path: join(OUT, `glossary-${scheme}.png`) });
      await popup.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await popup.getByRole('switch').first().waitFor();
      await popup.screenshot({ path: join(OUT, `options-${scheme}.png`) });
    }
    console.log(`Screenshots in ${OUT}/`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
