/**
 * The built extension in Chromium on fixture pages: highlights on the right words of news
 * articles and nowhere else, the reader's text never changed, turning off restores the DOM
 * exactly, content added later is highlighted, and the extension logs no errors.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server';
import { sourceIds as bundledSourceIds } from '../../scripts/lib/sources';
import {
  launchWithExtension,
  setSettings,
  waitForHighlights,
  type ExtensionBrowser,
} from '../../scripts/lib/browser';
import { bodyNowAndBefore, highlightedPieces, openPage } from './page';

interface GoldFile {
  persons: { text: string; leader: boolean }[];
  claims: { text: string }[];
}

const sourceIds = bundledSourceIds();
const expected = JSON.parse(readFileSync('tests/fixtures/pages/expected.json', 'utf8')) as Record<
  string,
  { isNews: boolean; readable: boolean }
>;
const corpusPages = Object.keys(expected).filter((name) => !name.includes('/'));

/** F1 of two multisets of strings. */
function multisetF1(predicted: string[], gold: string[]): number {
  const left = new Map<string, number>();
  for (const text of gold) left.set(text, (left.get(text) ?? 0) + 1);
  let tp = 0;
  for (const text of predicted) {
    const n = left.get(text) ?? 0;
    if (n > 0) {
      tp++;
      left.set(text, n - 1);
    }
  }
  return predicted.length + gold.length === 0 ? 1 : (2 * tp) / (predicted.length + gold.length);
}

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

describe.each(sourceIds)('source page %s', (id) => {
  it('highlights the gold leaders and claims in the story and nothing around it', async () => {
    const { page, extensionErrors } = await openPage(browser.context, server.url);
    await page.goto(`${server.url}/news/${id}.html`);
    await waitForHighlights(page, { min: 5 });
    const pieces = await highlightedPieces(page);
    const story = pieces.filter((piece) => piece.region === 'story-body');
    const gold = JSON.parse(readFileSync(`tests/fixtures/gold/${id}.json`, 'utf8')) as GoldFile;
    const leaders = story.filter((piece) => piece.kind === 'leader').map((piece) => piece.text);
    const claims = story.filter((piece) => piece.kind === 'claim').map((piece) => piece.text);
    const goldLeaders = gold.persons.filter((person) => person.leader).map((person) => person.text);
    expect(multisetF1(leaders, goldLeaders)).toBeGreaterThanOrEqual(0.95);
    expect(
      multisetF1(
        claims,
        gold.claims.map((claim) => claim.text),
      ),
    ).toBeGreaterThanOrEqual(0.95);
    // The sidebar and comments name a prime minister and a figure; they are not the story.
    const outside = pieces.filter((piece) => !['story-body', 'h1'].includes(piece.region));
    expect(outside).toEqual([]);
    for (const piece of pieces) {
      expect(['leader', 'claim']).toContain(piece.kind);
      expect(piece.key.length).toBeGreaterThan(0);
    }
    expect(extensionErrors).toEqual([]);
    await page.close();
  });

  it('never changes the text, and turning highlights off restores the DOM exactly', async () => {
    const { page, extensionErrors } = await openPage(browser.context, server.url);
    await page.goto(`${server.url}/news/${id}.html`);
    const count = await waitForHighlights(page, { min: 5 });
    const on = await bodyNowAndBefore(page);
    expect(on.text).toBe(on.before.text);
    expect(on.html).not.toBe(on.before.html);

    await setSettings(browser.worker, { enabled: false });
    await page.waitForFunction(() => document.querySelectorAll('newslens-mark').length === 0);
    const off = await bodyNowAndBefore(page);
    expect(off.html).toBe(off.before.html);
    expect(off.text).toBe(off.before.text);

    await setSettings(browser.worker, { enabled: true });
    expect(await waitForHighlights(page, { min: 5 })).toBe(count);
    expect((await bodyNowAndBefore(page)).text).toBe(on.before.text);
    expect(extensionErrors).toEqual([]);
    await page.close();
  });

  it('marks a mention split across inline elements as pieces with one key', async () => {
    const { page, extensionErrors } = await openPage(browser.context, server.url);
    await page.goto(`${server.url}/news/${id}-inline.html`);
    await waitForHighlights(page, { min: 5 });
    const split = await page.$$eval('b > newslens-mark', (marks) =>
      marks.map((mark) => {
        // The highlighter leaves an empty text node where it cut the text after <b>.
        let next = mark.parentElement?.nextSibling ?? null;
        while (next && next.nodeType === Node.TEXT_NODE && next.textContent === '') next = next.nextSibling;
        return {
          key: mark.getAttribute('data-newslens-key'),
          nextKey: next instanceof Element ? next.getAttribute('data-newslens-key') : null,
        };
      }),
    );
    const crossing = split.filter((piece) => piece.nextKey !== null);
    expect(crossing.length).toBeGreaterThan(0);
    for (const piece of crossing) expect(piece.nextKey).toBe(piece.key);
    const body = await bodyNowAndBefore(page);
    expect(body.text).toBe(body.before.text);
    expect(extensionErrors).toEqual([]);
    await page.close();
  });
});

describe('content added later', () => {
  it('highlights paragraphs a "read more" adds and text appended afterwards', async () => {
    const id = sourceIds[0];
    const { page, extensionErrors } = await openPage(browser.context, server.url);
    await page.goto(`${server.url}/dynamic/${id}.html?more=1`);
    await page.waitForFunction(() => document.documentElement.dataset.more === 'loaded');
    const before = await waitForHighlights(page, { min: 5, quietMs: 1200 });
    const lastParagraphMarks = () =>
      page.$$eval('article p:last-of-type newslens-mark', (marks) => marks.map((mark) => mark.textContent));
    await page.evaluate(() => {
      (window as unknown as { __appendParagraph(text: string): void }).__appendParagraph(
        'Chancellor Maria Delgado told reporters that 40,000 households had lost power.',
      );
    });
    await page.waitForFunction(
      () => document.querySelectorAll('article p:last-of-type newslens-mark').length >= 2,
      undefined,
      { timeout: 10_000 },
    );
    expect(await lastParagraphMarks()).toEqual(['Maria Delgado', '40,000 households']);
    expect(await page.locator('newslens-mark').count()).toBeGreaterThan(before);

    // Content the page removes takes its highlights with it, and the rest stays intact.
    await page.evaluate(() => document.querySelector('article p:last-of-type')?.remove());
    await page.waitForTimeout(800);
    const body = await bodyNowAndBefore(page);
    expect(body.text).not.toContain('Maria Delgado');
    expect(extensionErrors).toEqual([]);
    await page.close();
  });
});

describe.each(corpusPages)('real page %s', (name) => {
  it(expected[name]?.readable ? 'is highlighted, text unchanged' : 'is left untouched', async () => {
    const { page, extensionErrors } = await openPage(browser.context, server.url);
    await page.goto(`${server.url}/pages/${name}.html`);
    const { readable } = expected[name];
    if (readable) {
      expect(await waitForHighlights(page, { min: 1 })).toBeGreaterThan(0);
      const body = await bodyNowAndBefore(page);
      expect(body.text).toBe(body.before.text);
    } else {
      // Give the content script ample time to act, then check it did nothing.
      await page.waitForTimeout(1500);
      expect(await page.locator('newslens-mark').count()).toBe(0);
      const body = await bodyNowAndBefore(page);
      expect(body.html).toBe(body.before.html);
    }
    expect(extensionErrors).toEqual([]);
    await page.close();
  });
});
