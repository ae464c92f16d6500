/**
 * `npm run screenshots`: the README's pictures. Loads the built extension in Chromium on the demo
 * article, and saves to docs/screenshots/ the highlighted page, a highlight's card, and the popup
 * (opened as `popup.html?tabId=N` about that tab) and the options page, each in the light and the dark scheme;
 * then, with an invented article kept as a source, the popup of another report of the same event and the options
 * page's sources. `SCREENSHOTS_DIR` writes them elsewhere (to look at them without touching the README's).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, tabIdOf, waitForHighlights } from './lib/browser';
import { startFixtureServer } from './lib/fixture-server';
import { readSources } from './lib/sources';
import { parseSourceText } from '../utils/source-text';

const OUT = process.env.SCREENSHOTS_DIR ?? 'docs/screenshots';
/** Two invented reports of one event: the first is kept, the second read. */
const KEPT_DEMO = ['flood-a', 'flood-b'].map((id) =>
  parseSourceText(readFileSync(`tests/fixtures/sources/${id}.txt`, 'utf8'), `${id}.txt`),
);

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startFixtureServer({ newsSources: KEPT_DEMO });
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

    // Kept sources: article A kept from its popup, then article B read.
    const [kept, read] = KEPT_DEMO.map((source) => `${server.url}/news/${source.id}.html`);
    await page.goto(kept);
    await waitForHighlights(page);
    await popup.goto(
      `chrome-extension://${browser.extensionId}/popup.html?tabId=${await tabIdOf(browser.worker, kept)}`,
    );
    await popup.getByRole('button', { name: 'Keep as a source' }).click();
    await popup.getByText(/^Kept as a source on /).waitFor();
    await page.goto(read);
    await waitForHighlights(page);
    const readTab = await tabIdOf(browser.worker, read);
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${readTab}`);
      await popup.waitForSelector('.item--corroborated');
      await popup
        .locator('.item--leader details')
        .first()
        .evaluate((details) => details.setAttribute('open', ''));
      await popup.screenshot({ path: join(OUT, `popup-sources-${scheme}.png`) });
      await popup.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await popup.locator('#options-sources-heading').waitFor();
      await popup.evaluate(() => document.getElementById('options-sources-heading')?.scrollIntoView());
      await popup.screenshot({ path: join(OUT, `options-sources-${scheme}.png`) });
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
