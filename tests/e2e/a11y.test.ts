/**
 * Accessibility, checked rather than assumed: axe-core in Chromium with the built extension, on every
 * view a reader meets (the popup's page and glossary views about a news article, the popup about a
 * page that is not news, the options page, and a highlight's card in the page), in the light and the
 * dark colour scheme. Each must have no violation at all.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server';
import { renderNewsPage } from '../../scripts/lib/news-page';
import { sourceIds } from '../../scripts/lib/sources';
import { axeViolations } from './axe';
import { openArticle, openExtensionPage } from './page';

const [firstSource] = sourceIds();
const SCHEMES = ['light', 'dark'] as const;

let server: FixtureServer;
let browser: ExtensionBrowser;
let article: { page: Page; tabId: number };
let notNews: { page: Page; tabId: number };
/** An invented story no source knows: the popup shows only the page's own context, differences included. */
let story: { page: Page; tabId: number };
const storyPage = () =>
  renderNewsPage({
    id: 'flood',
    headline: 'Flood toll rises as rescuers reach cut-off villages',
    byline: ['Ada Reyes'],
    date: '2024-03-05',
    text: readFileSync('tests/fixtures/stories/flood.txt', 'utf8'),
  });

beforeAll(async () => {
  server = await startFixtureServer({ hostilePages: { flood: storyPage } });
  browser = await launchWithExtension();
  article = await openArticle(browser, server.url, `/news/${firstSource}.html`);
  notNews = await openArticle(browser, server.url, '/pages/wikipedia.html', 0);
  story = await openArticle(browser, server.url, '/hostile/flood.html');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the check itself', () => {
  it('finds what is broken, inside an open shadow root too', async () => {
    const page = await browser.context.newPage();
    await page.setContent(
      '<main><img src="data:," /><div id="host"></div></main>' +
        '<script>document.getElementById("host").attachShadow({ mode: "open" }).innerHTML = "<button></button>";</script>',
    );
    expect((await axeViolations(page)).map((v) => v.rule)).toEqual(
      expect.arrayContaining(['image-alt', 'button-name']),
    );
    const inShadow = await axeViolations(page, { include: [['#host']] });
    expect(inShadow.map((v) => v.rule)).toEqual(['button-name']);
    await page.close();
  });
});

describe.each(SCHEMES)('axe-core, %s scheme', (scheme) => {
  it('finds nothing in the popup about a news article: the page view with a leader’s context open, then the glossary', async () => {
    const { page: popup } = await openExtensionPage(browser, `popup.html?tabId=${article.tabId}`, { scheme });
    await popup.locator('.item--leader').first().waitFor();
    // Every disclosure open, so what they hold is checked too.
    await popup.evaluate(() =>
      document.querySelectorAll('details').forEach((details) => (details.open = true)),
    );
    expect(await axeViolations(popup)).toEqual([]);
    await popup.getByRole('tab', { name: 'Glossary' }).click();
    await popup.getByRole('searchbox').waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    await popup.getByRole('searchbox').fill('zzz');
    await popup.getByText(/Nothing in the glossary matches/).waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('finds nothing in the popup about a story no source knows, with a difference within the page', async () => {
    const { page: popup } = await openExtensionPage(browser, `popup.html?tabId=${story.tabId}`, { scheme });
    await popup.locator('.claim-status--differs').first().waitFor();
    await popup.evaluate(() =>
      document.querySelectorAll('details').forEach((details) => (details.open = true)),
    );
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('finds nothing in the popup about a page that is not news', async () => {
    const { page: popup } = await openExtensionPage(browser, `popup.html?tabId=${notNews.tabId}`, { scheme });
    await popup.getByText('does not look like a news article', { exact: false }).waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('finds nothing on the options page', async () => {
    const { page: options } = await openExtensionPage(browser, 'options.html', { scheme });
    await options.getByRole('switch').first().waitFor();
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });

  it('finds nothing in an open card, nor in the highlights around it', async () => {
    const { page } = article;
    await page.emulateMedia({ colorScheme: scheme });
    await page.bringToFront();
    for (const kind of ['leader', 'claim']) {
      const mark = page.locator(`newslens-mark[data-newslens-kind="${kind}"]`).first();
      await mark.scrollIntoViewIfNeeded();
      await mark.hover();
      await page.locator('newslens-card').waitFor({ state: 'attached' });
      expect(await axeViolations(page, { include: [['newslens-card'], 'newslens-mark'] })).toEqual([]);
      await page.mouse.move(1, 1);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('newslens-card').count()).toBe(0);
    }
  });
});
