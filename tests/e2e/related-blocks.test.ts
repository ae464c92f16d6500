/**
 * The built extension in Chromium on a news page whose story holds blocks that are not the story
 * (a related-links list, a rich-link teaser, "Read more" and "Also on" teasers, a caption, a byline,
 * an "Advertisement" line: `tests/fixtures/detection/related-inside-story.html`, each such block
 * marked `data-not-story`), all naming leaders and figures: the story is highlighted, those blocks
 * never are (the DOM contract: no highlight outside the story's body), and the text is unchanged.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server';
import { launchWithExtension, waitForHighlights, type ExtensionBrowser } from '../../scripts/lib/browser';
import { bodyNowAndBefore, highlightedPieces, openPage } from './page';

const PAGE = readFileSync('tests/fixtures/detection/related-inside-story.html', 'utf8');

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer({ hostilePages: { 'related-inside-story': () => PAGE } });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('related blocks inside the story', () => {
  it('highlights the story and nothing in its related links, teasers, captions or byline', async () => {
    const { page, extensionErrors } = await openPage(browser.context, server.url);
    await page.goto(`${server.url}/hostile/related-inside-story.html`);
    await waitForHighlights(page, { min: 3 });
    const keys = (await highlightedPieces(page)).map((piece) => piece.key);
    expect(keys).toEqual(expect.arrayContaining(['Andrew Cuomo', 'Bill de Blasio']));
    // The blocks that are not the story name leaders and figures too; none is marked.
    const blocks = await page.locator('[data-not-story]').count();
    expect(blocks).toBeGreaterThanOrEqual(7);
    expect(await page.locator('[data-not-story] newslens-mark').count()).toBe(0);
    const body = await bodyNowAndBefore(page);
    expect(body.text).toBe(body.before.text);
    expect(extensionErrors).toEqual([]);
    await page.close();
  });
});
