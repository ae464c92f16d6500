/**
 * The built extension in Chromium on a news page whose story holds blocks that are not the story
 * (a related-links list, a rich-link teaser, "Read more" and "Also on" teasers, a caption, a byline,
 * an "Advertisement" line: `tests/fixtures/detection/related-inside-story.html`, each such block
 * marked `data-not-story`), all naming leaders and figures: the story is highlighted, with the post it
 * quotes from a social network, and those blocks never are (the DOM contract: no highlight outside the story's body), and the text is unchanged. And
 * a page whose lead lies outside the story's column and whose privacy pop-up outweighs the story: the
 * lead is highlighted, the pop-up never is. And a page whose story is set with teasers, pictures'
 * credits, notices to the reader and a hidden copy of itself: none of them is highlighted. And a page
 * whose story sits in boxes named for the rail beside it: the story is highlighted, the rail never is;
 * and one whose story is written straight into one box between pictures: its lines are highlighted. And an
 * English story on a page that declares German (`lang="de"`): it is read and highlighted. And a story in a
 * section named for what it has (`o-section--has-ads`): it is highlighted, the related teasers never are.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server';
import { launchWithExtension, waitForHighlights, type ExtensionBrowser } from '../../scripts/lib/browser';
import { bodyNowAndBefore, highlightedPieces, openPage } from './page';

const PAGE = readFileSync('tests/fixtures/detection/related-inside-story.html', 'utf8');
const LEAD_PAGE = readFileSync('tests/fixtures/extraction/lead-and-consent.html', 'utf8');
const TEASER_PAGE = readFileSync('tests/fixtures/extraction/teasers-and-pictures.html', 'utf8');
const RAIL_PAGE = readFileSync('tests/fixtures/detection/story-beside-rail.html', 'utf8');
const ONE_BOX_PAGE = readFileSync('tests/fixtures/detection/story-in-one-box.html', 'utf8');
const WITH_ADS_PAGE = readFileSync('tests/fixtures/detection/story-in-section-with-ads.html', 'utf8');
const DECLARED_GERMAN_PAGE = readFileSync(
  'tests/fixtures/detection/english-story-declared-german.html',
  'utf8',
);

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer({
    hostilePages: {
      'related-inside-story': () => PAGE,
      'lead-and-consent': () => LEAD_PAGE,
      'teasers-and-pictures': () => TEASER_PAGE,
      'story-beside-rail': () => RAIL_PAGE,
      'story-in-one-box': () => ONE_BOX_PAGE,
      'english-story-declared-german': () => DECLARED_GERMAN_PAGE,
      'story-in-section-with-ads': () => WITH_ADS_PAGE,
    },
  });
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
    // A post the story quotes, embedded in a box named for the social network, is the story's.
    expect(await page.locator('[data-quoted-post] newslens-mark').count()).toBeGreaterThan(0);
    const body = await bodyNowAndBefore(page);
    expect(body.text).toBe(body.before.text);
    expect(extensionErrors).toEqual([]);
    await page.close();
  });

  it("reads the lead outside the story's column, and never a privacy pop-up that outweighs the story", async () => {
    // tests/fixtures/extraction/lead-and-consent.html: the lead sits in the header, apart from the
    // column; a pop-up's privacy notice, with more prose than the story and a leader's name, is the
    // box detection takes for the story's, and the reader finds the story again outside it.
    const { page, extensionErrors } = await openPage(browser.context, server.url);
    await page.goto(`${server.url}/hostile/lead-and-consent.html`);
    await waitForHighlights(page, { min: 3 });
    const keys = (await highlightedPieces(page)).map((piece) => piece.key);
    expect(keys).toEqual(expect.arrayContaining(['Kim Park', 'Bill de Blasio', 'Andrew Cuomo']));
    expect(await page.locator('[data-lead] newslens-mark').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-not-story] newslens-mark').count()).toBe(0);
    const body = await bodyNowAndBefore(page);
    expect(body.text).toBe(body.before.text);
    expect(extensionErrors).toEqual([]);
    await page.close();
  });

  it("highlights the story and nothing in the teasers, pictures' credits, notices or hidden copy set in it", async () => {
    // tests/fixtures/extraction/teasers-and-pictures.html: a label and a link, a link standing as a block, a
    // teaser card under "Most read", a picture's credit, a call to follow the site, an advertisers' disclosure,
    // an e-mail sign-up box, a paywall's call and a hidden copy of the story, between its paragraphs; each
    // names a leader or a figure.
    const { page, extensionErrors } = await openPage(browser.context, server.url);
    await page.goto(`${server.url}/hostile/teasers-and-pictures.html`);
    await waitForHighlights(page, { min: 3 });
    const keys = (await highlightedPieces(page)).map((piece) => piece.key);
    expect(keys).toEqual(expect.arrayContaining(['Andrew Cuomo', 'Bill de Blasio']));
    expect(await page.locator('[data-not-story]').count()).toBeGreaterThanOrEqual(8);
    expect(await page.locator('[data-not-story] newslens-mark').count()).toBe(0);
    const body = await bodyNowAndBefore(page);
    expect(body.text).toBe(body.before.text);
    expect(extensionErrors).toEqual([]);
    await page.close();
  });

  it('highlights a story whose column is named for the rail beside it, and nothing in the rail', async () => {
    // tests/fixtures/detection/story-beside-rail.html: the story's boxes are named for the rail
    // ("pg-side-of-rail" inside "pg-rail-tall"); the rail itself, with teasers and a promotion naming
    // leaders and figures, is marked data-not-story.
    const { page, extensionErrors } = await openPage(browser.context, server.url);
    await page.goto(`${server.url}/hostile/story-beside-rail.html`);
    await waitForHighlights(page, { min: 3 });
    const keys = (await highlightedPieces(page)).map((piece) => piece.key);
    expect(keys).toEqual(expect.arrayContaining(['Andrew Cuomo', 'Bill de Blasio', '22000000 t']));
    expect(await page.locator('[data-not-story]').count()).toBe(1);
    expect(await page.locator('[data-not-story] newslens-mark').count()).toBe(0);
    const body = await bodyNowAndBefore(page);
    expect(body.text).toBe(body.before.text);
    expect(extensionErrors).toEqual([]);
    await page.close();
  });

  it("highlights a story written straight into one box, and not its pictures' captions or links", async () => {
    // tests/fixtures/detection/story-in-one-box.html: the story's lines are text nodes of one <div>, parted
    // by <br>s, pictures in tables, an empty box and a script; a caption and a box of links name leaders.
    const { page, extensionErrors } = await openPage(browser.context, server.url);
    await page.goto(`${server.url}/hostile/story-in-one-box.html`);
    await waitForHighlights(page, { min: 2 });
    const keys = (await highlightedPieces(page)).map((piece) => piece.key);
    expect(keys).toContain('Andrew Cuomo');
    expect(keys.some((key) => key.includes('2000000'))).toBe(true);
    expect(await page.locator('[data-not-story]').count()).toBe(2);
    expect(await page.locator('[data-not-story] newslens-mark').count()).toBe(0);
    const body = await bodyNowAndBefore(page);
    expect(body.text).toBe(body.before.text);
    expect(extensionErrors).toEqual([]);
    await page.close();
  });

  it('highlights an English story on a page that declares another language', async () => {
    // tests/fixtures/detection/english-story-declared-german.html: an edition's template declares
    // lang="de" and og:locale de_DE around a story in English; the story's text overrules the declaration.
    const { page, extensionErrors } = await openPage(browser.context, server.url);
    await page.goto(`${server.url}/hostile/english-story-declared-german.html`);
    await waitForHighlights(page, { min: 2 });
    const keys = (await highlightedPieces(page)).map((piece) => piece.key);
    expect(keys).toEqual(expect.arrayContaining(['Andrew Cuomo', 'Bill de Blasio']));
    const body = await bodyNowAndBefore(page);
    expect(body.text).toBe(body.before.text);
    expect(extensionErrors).toEqual([]);
    await page.close();
  });

  it('highlights a story in a section named for the ads it has, and not the related teasers below', async () => {
    // tests/fixtures/detection/story-in-section-with-ads.html: "o-section--has-ads" said "ads" to the
    // furniture words, so the story was furniture and a row of related teasers, with more prose, was read.
    const { page, extensionErrors } = await openPage(browser.context, server.url);
    await page.goto(`${server.url}/hostile/story-in-section-with-ads.html`);
    await waitForHighlights(page, { min: 2 });
    expect(await page.locator('.c-article-copy newslens-mark').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-not-story] newslens-mark').count()).toBe(0);
    const body = await bodyNowAndBefore(page);
    expect(body.text).toBe(body.before.text);
    expect(extensionErrors).toEqual([]);
    await page.close();
  });
});
