/**
 * Kept sources with the built extension in Chromium. Article A (an invented report, served as a demo news
 * page) is kept from the popup; article B, another outlet's report of the same event, is then read: its
 * shared figure is corroborated by A, its other figure for the same thing shows as a difference, and A's
 * leaders' roles (with A's outlet and date) show for the surnames B uses. Removing A takes the context
 * away; export, remove all and import bring it back; a broken pack changes nothing; the automatic setting
 * keeps a page and, turned off, deletes what it kept on request. No request leaves the browser meanwhile.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server';
import { sourceIds } from '../../scripts/lib/sources';
import { parseSourceText } from '../../utils/source-text';
import { openArticle, openPopup } from './page';

const FIXTURES = 'tests/fixtures/sources';
const articles = ['flood-a', 'flood-b'].map((id) =>
  parseSourceText(readFileSync(join(FIXTURES, `${id}.txt`), 'utf8'), `${id}.txt`),
);
const [firstBundled] = sourceIds();

let server: FixtureServer;
let browser: ExtensionBrowser;
/** Every request the browser made that was neither to the fixture server nor for the extension's own files. */
const outside: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer({ newsSources: articles });
  browser = await launchWithExtension();
  browser.context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.url) && !url.startsWith('chrome-extension://') && !url.startsWith('blob:'))
      outside.push(url);
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The popup about tab `tabId`, once its sources summary is there. */
async function popupOf(tabId: number): Promise<Page> {
  const { popup } = await openPopup(browser, tabId);
  await popup.locator('.sources-summary').waitFor();
  return popup;
}

async function openOptions(): Promise<Page> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByRole('heading', { name: 'Sources', level: 2 }).waitFor();
  return options;
}

const claim = (popup: Page, text: string) =>
  popup
    .locator('.item--claim')
    .filter({ has: popup.locator('.item__name', { hasText: new RegExp(`^${text}$`) }) });
const leader = (popup: Page, name: string) =>
  popup
    .locator('.item--leader')
    .filter({ has: popup.locator('.item__name', { hasText: new RegExp(`^${name}$`) }) });

/** A part of the popup that is there only when the sources say something: its text, or '' when absent. */
async function textIfShown(part: Locator): Promise<string> {
  return (await part.count()) > 0 ? ((await part.textContent()) ?? '') : '';
}

/** What the sources say of a figure: empty when none of them gives it (the popup then says nothing under it). */
const sourcesStatus = (item: Locator) => textIfShown(item.locator('.item__context .claim-status'));

/** What B's popup says of A's context, read from a new popup (as the reader would open it again). */
async function contextInB(tabId: number) {
  const popup = await popupOf(tabId);
  await claim(popup, '12,000 residents').waitFor();
  const read = async () => ({
    people: (await claim(popup, '12,000 residents').getAttribute('class')) ?? '',
    peopleStatus: await sourcesStatus(claim(popup, '12,000 residents')),
    bridges: (await claim(popup, '11 bridges').getAttribute('class')) ?? '',
    bridgesStatus: await sourcesStatus(claim(popup, '11 bridges')),
    marsh: await textIfShown(leader(popup, 'Marsh').locator('.item__context')),
    summary: (await popup.locator('.sources-summary').textContent()) ?? '',
  });
  const context = await read();
  await popup.close();
  return context;
}

const keptCount = async (options: Page) => options.locator('.source-list--kept .source-list__item').count();

describe('kept sources', () => {
  let tabB = 0;

  it('keeps article A from its popup, and B then shows A’s figures and leaders', async () => {
    const { page: pageA, tabId: tabA } = await openArticle(browser, server.url, '/news/flood-a.html', 3);
    const popupA = await popupOf(tabA);
    expect(await popupA.locator('.sources-summary').textContent()).toContain('0 kept articles');
    await popupA.getByRole('button', { name: 'Keep as a source' }).click();
    await popupA.getByText(/^Kept as a source on /).waitFor();
    expect(await popupA.locator('.sources-summary').textContent()).toContain('1 kept article');
    // A never corroborates itself, open again.
    await expect
      .poll(async () => claim(popupA, '12,000 residents').getAttribute('class'))
      .toContain('unmentioned');
    await popupA.close();
    await pageA.close();

    const { tabId } = await openArticle(browser, server.url, '/news/flood-b.html', 3);
    tabB = tabId;
    const context = await contextInB(tabB);
    expect(context.people).toContain('item--corroborated');
    expect(context.peopleStatus).toContain('The Harbour Courier');
    expect(context.bridges).toContain('item--contradicted');
    expect(context.bridgesStatus).toContain('9 bridges');
    // B writes "Prime Minister Marsh": A's full name, and A's role with A's outlet and date.
    expect(context.marsh).toContain('Elena Marsh');
    expect(context.marsh).toMatch(
      /Valdorian Prime Minister, in The Harbour Courier, (14 March 2025|March 14, 2025)/,
    );
    expect(context.summary).toContain('1 of them is about this page’s story: The Harbour Courier');
    // A's leaders and figures are in the popup's glossary too.
    const popupB = await popupOf(tabB);
    await popupB.getByRole('tab', { name: 'Glossary' }).click();
    await popupB.getByRole('searchbox').fill('marsh');
    await expect
      .poll(async () => (await popupB.locator('.glossary').textContent()) ?? '')
      .toContain('Elena Marsh');
    expect(await popupB.locator('.glossary').textContent()).toContain('Valdorian Prime Minister');
    await popupB.close();
  });

  it('takes A out of B’s context when A is removed on the options page', async () => {
    const options = await openOptions();
    await options.getByRole('button', { name: /^Remove The Harbour Courier/ }).click();
    await options.getByText('Removed The Harbour Courier from the sources.').waitFor();
    expect(await keptCount(options)).toBe(0);
    await options.close();
    const context = await contextInB(tabB);
    expect(context.people).toContain('item--unmentioned');
    expect(context.bridges).toContain('item--unmentioned');
    expect(context.marsh).not.toContain('Harbour Courier');
  });

  it('exports, removes all, and imports: the same context returns; a broken pack changes nothing', async () => {
    const { page: pageA, tabId: tabA } = await openArticle(browser, server.url, '/news/flood-a.html', 3);
    const popupA = await popupOf(tabA);
    await popupA.getByRole('button', { name: 'Keep as a source' }).click();
    await popupA.getByText(/^Kept as a source on /).waitFor();
    await popupA.close();
    await pageA.close();
    const before = await contextInB(tabB);
    expect(before.people).toContain('item--corroborated');

    const options = await openOptions();
    await expect.poll(() => keptCount(options)).toBe(1);
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export kept articles' }).click(),
    ]);
    await options.getByText('Exported 1 article.').waitFor();
    const packPath = await download.path();
    const pack = readFileSync(packPath, 'utf8');
    expect(JSON.parse(pack)).toMatchObject({ format: 'newslens-source-pack', version: 1 });
    expect(pack).toContain('Floods cut off 40 villages');

    await options.getByRole('button', { name: 'Remove all kept articles' }).click();
    await options.getByText('Removed 1 article.').waitFor();
    expect((await contextInB(tabB)).people).toContain('item--unmentioned');

    const input = options.getByLabel('Import a source pack');
    await input.setInputFiles({ name: 'pack.json', mimeType: 'application/json', buffer: Buffer.from(pack) });
    await options.getByText('Imported 1 article; 0 articles already kept.').waitFor();
    expect(await contextInB(tabB)).toEqual(before);
    // The same pack again: one copy of each article.
    await input.setInputFiles({ name: 'pack.json', mimeType: 'application/json', buffer: Buffer.from(pack) });
    await options.getByText('Imported 0 articles; 1 article already kept.').waitFor();
    expect(await keptCount(options)).toBe(1);

    const broken = JSON.parse(pack) as { sources: Record<string, unknown>[] };
    broken.sources.push({ text: 'Another report.', date: 'last Tuesday' });
    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await options
      .getByText(/This pack is partly broken: sources\[1\]\.date is not an ISO 8601 date/)
      .waitFor();
    expect(await keptCount(options)).toBe(1);
    await input.setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"a": 1}'),
    });
    await options.getByText('This file is not a Newslens source pack. Nothing was imported.').waitFor();
    expect(await keptCount(options)).toBe(1);
    expect(await contextInB(tabB)).toEqual(before);
    await options.close();
  });

  it('keeps every article read while the setting is on, and deletes them on request when it goes off', async () => {
    const options = await openOptions();
    const setting = options.getByRole('switch', { name: 'Keep every English news article I read' });
    expect(await setting.getAttribute('aria-checked')).toBe('false');
    await setting.click();
    await expect.poll(() => setting.getAttribute('aria-checked')).toBe('true');
    const { page } = await openArticle(browser, server.url, `/news/${firstBundled}.html`, 3);
    await options.reload();
    await expect
      .poll(async () => {
        await options.reload();
        await options.getByRole('heading', { name: 'Sources', level: 2 }).waitFor();
        return keptCount(options);
      })
      .toBe(2);
    await options.getByText(/^kept automatically on /).waitFor();
    await options.getByRole('switch', { name: 'Keep every English news article I read' }).click();
    const ask = options.getByRole('group', { name: /Delete the 1 article that the setting kept/ });
    await ask.getByRole('button', { name: 'Delete them' }).click();
    await expect.poll(() => keptCount(options)).toBe(1);
    expect(await options.locator('.source-list--kept').textContent()).toContain('The Harbour Courier');
    await page.close();
    await options.close();
  });

  it('sent no request out of the browser', () => {
    expect(outside).toEqual([]);
  });
});
