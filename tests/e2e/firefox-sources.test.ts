/**
 * Keeping a source with the Firefox build in a real Firefox (driven over WebDriver BiDi: see ./firefox.ts).
 * Article A is kept from its popup, opened as `popup.html?tabId=N` in a tab; article B, another outlet's
 * report of the same event, then shows A's shared figure as corroborated by A's outlet, as
 * sources.test.ts checks in Chromium, and the browser logs no error from the extension. Without a Firefox the test is skipped and says why.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server';
import { parseSourceText } from '../../utils/source-text';
import {
  FIREFOX_EXTENSION_DIR,
  extensionErrors,
  findFirefox,
  firefoxAddonId,
  fixExtensionUuid,
  launchFirefox,
  poll,
  type BiDiSession,
  type FirefoxSession,
} from './firefox';

const FIXTURES = 'tests/fixtures/sources';
const articles = ['flood-a', 'flood-b'].map((id) =>
  parseSourceText(readFileSync(join(FIXTURES, `${id}.txt`), 'utf8'), `${id}.txt`),
);
/** The moz-extension:// host the test gives the add-on, so it can open the popup as a page. */
const UUID = '6f1c2a3e-4b5d-4e6f-8a7b-9c0d1e2f3a4b';

const firefox = findFirefox();
if (!firefox) {
  console.warn(
    'Firefox sources test skipped: no Firefox found (apt-get install firefox-esr, or set FIREFOX_PATH).',
  );
}

/** A script (run in the popup) giving a claim's class and what the sources say of it, as JSON. */
const claimState = (text: string) => `(() => {
  const item = [...document.querySelectorAll('.item--claim')].find(
    (candidate) => candidate.querySelector('.item__name')?.textContent === ${JSON.stringify(text)},
  );
  return JSON.stringify({
    className: item?.className ?? '',
    status: item?.querySelector('.item__context .claim-status')?.textContent ?? '',
  });
})()`;

describe.skipIf(!firefox)('kept sources in Firefox', () => {
  let server: FixtureServer;
  let session: FirefoxSession | undefined;
  let bidi: BiDiSession;

  beforeAll(async () => {
    const addonId = firefoxAddonId();
    server = await startFixtureServer({ newsSources: articles });
    // WebDriver BiDi opens moz-extension:// pages (the popup, as a page) only with system access.
    session = await launchFirefox(firefox!, {
      args: ['--remote-allow-system-access'],
      prepare: (profile) => fixExtensionUuid(profile, addonId, UUID),
    });
    bidi = session.bidi;
    await bidi.send('webExtension.install', {
      extensionData: { type: 'path', path: FIREFOX_EXTENSION_DIR },
    });
  }, 90_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  /** A new tab (a browsing context) at `url`, loaded. */
  async function openTab(url: string): Promise<string> {
    const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
    return context;
  }

  /** Opens an article, waits for its highlights, and finds its tab id through the extension's tabs API. */
  async function openArticle(path: string): Promise<{ context: string; tabId: number }> {
    const url = `${server.url}${path}`;
    const context = await openTab(url);
    const marks = await poll(
      async () =>
        Number(
          await bidi.evaluateString(context, `String(document.querySelectorAll('newslens-mark').length)`),
        ),
      (count) => count >= 3,
    );
    expect(marks).toBeGreaterThanOrEqual(3);
    // An extension page can ask the tabs API which tab holds the article.
    const page = await openTab(`moz-extension://${UUID}/options.html`);
    const tabId = Number(
      await bidi.evaluateString(
        page,
        `browser.tabs.query({}).then((tabs) => String(tabs.find((tab) => tab.url === ${JSON.stringify(url)})?.id ?? -1))`,
        true,
      ),
    );
    await bidi.send('browsingContext.close', { context: page });
    expect(tabId).toBeGreaterThan(0);
    return { context, tabId };
  }

  /** The popup about a tab, opened as a page, once its sources summary shows. */
  async function openPopup(tabId: number): Promise<string> {
    const popup = await openTab(`moz-extension://${UUID}/popup.html?tabId=${tabId}`);
    const summary = await poll(
      () => bidi.evaluateString(popup, `document.querySelector('.sources-summary')?.textContent ?? ''`),
      (text) => text !== '',
    );
    expect(summary).not.toBe('');
    return popup;
  }

  it('keeps article A from its popup, and B’s popup then shows A’s figure as corroborated', async () => {
    const { context: pageA, tabId: tabA } = await openArticle('/news/flood-a.html');
    const popupA = await openPopup(tabA);
    expect(
      await bidi.evaluateString(popupA, `document.querySelector('.sources-summary').textContent`),
    ).toContain('0 kept articles');
    const click = await bidi.evaluateString(
      popupA,
      `(() => {
        const keep = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Keep as a source');
        keep?.click();
        return keep ? 'clicked' : 'no Keep button';
      })()`,
    );
    expect(click).toBe('clicked');
    const kept = await poll(
      () => bidi.evaluateString(popupA, `document.body.textContent`),
      (text) => /Kept as a source on /.test(text),
    );
    expect(kept).toMatch(/Kept as a source on /);
    expect(
      await bidi.evaluateString(popupA, `document.querySelector('.sources-summary').textContent`),
    ).toContain('1 kept article');
    await bidi.send('browsingContext.close', { context: popupA });
    await bidi.send('browsingContext.close', { context: pageA });

    const { tabId: tabB } = await openArticle('/news/flood-b.html');
    const popupB = await openPopup(tabB);
    const people = await poll(
      async () =>
        JSON.parse(await bidi.evaluateString(popupB, claimState('12,000 residents'))) as {
          className: string;
          status: string;
        },
      (state) => state.className.includes('item--corroborated'),
    );
    expect(people.className).toContain('item--corroborated');
    expect(people.status).toContain('The Harbour Courier');
    expect(extensionErrors(bidi.logEntries)).toEqual([]);
  }, 120_000);
});
