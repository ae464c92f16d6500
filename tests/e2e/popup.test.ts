/**
 * The popup, the badge and the in-page card, with the built extension in Chromium. The popup is opened
 * as `popup.html?tabId=N` about the article's tab, as its "open in a tab" button does.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, setSettings, tabIdOf, type ExtensionBrowser } from '../../scripts/lib/browser';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server';
import { renderNewsPage } from '../../scripts/lib/news-page';
import { statusesOf } from '../../scripts/lib/extension-watch';
import { sourceIds } from '../../scripts/lib/sources';
import { bodyNowAndBefore, openArticle, openPopup } from './page';

const [firstSource] = sourceIds();

let server: FixtureServer;
let browser: ExtensionBrowser;

/** An invented story the bundled sources know nothing of: only the page can say anything about it. */
const FLOOD = readFileSync('tests/fixtures/stories/flood.txt', 'utf8');
const floodPage = () =>
  renderNewsPage({
    id: 'flood',
    headline: 'Flood toll rises as rescuers reach cut-off villages',
    byline: ['Ada Reyes'],
    date: '2024-03-05',
    dateline: 'MIRABEL',
    text: FLOOD,
  });

beforeAll(async () => {
  server = await startFixtureServer({ hostilePages: { flood: floodPage } });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface ChromeApi {
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}
async function badgeOf(tabId: number): Promise<string> {
  return browser.worker.evaluate(
    (id) => (globalThis as unknown as { chrome: ChromeApi }).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );
}

describe('popup about a source article', () => {
  it('lists the leaders with their role and both sources, and the figures the other source corroborates', async () => {
    const { page, tabId, errors } = await openArticle(browser, server.url, `/news/${firstSource}.html`);
    const { popup, errors: popupErrors } = await openPopup(browser, tabId);
    const putin = popup
      .locator('.item--leader')
      .filter({ has: popup.locator('.item__name', { hasText: /^Vladimir Putin$/ }) });
    await putin.waitFor();
    await expect.poll(() => putin.locator('.item__role').first().textContent()).toBe('Russian President');
    const context = (await putin.locator('.item__context').textContent()) ?? '';
    // The role as the other bundled source states it, with its date. The page is source 000 itself: its own
    // roles and sentences are not "what the sources say" about it.
    const sources = await popup.evaluate(() => document.querySelectorAll('.item--leader').length);
    expect(sources).toBeGreaterThan(3);
    expect(context).not.toContain('The Canadian Press');
    expect(context).toMatch(
      /Russian President, in “Russian President Vladimir Putin won staunch support from Iran on…”, (20 July 2022|July 20, 2022)/,
    );
    const grain = popup
      .locator('.item--claim')
      .filter({ has: popup.locator('.item__name', { hasText: /^22 million tonnes$/ }) });
    expect(await grain.getAttribute('class')).toContain('item--corroborated');
    const status = (await grain.locator('.claim-status').textContent()) ?? '';
    expect(status).toMatch(/^Also in /);
    // The page itself is one of the sources: it does not count as corroborating itself.
    expect(status).not.toContain('The Canadian Press');
    // The summary's counts are the page's highlighted mentions, and so is the badge.
    const marks = await page.locator('newslens-mark').count();
    expect(await badgeOf(tabId)).toBe(String(marks));
    // Leaders counted as people and as mentions; figures as figures.
    const summary = (await popup.locator('.summary').textContent()) ?? '';
    const [people, mentions, figures] = (summary.match(/\d+/g) ?? []).map(Number);
    expect(summary).toMatch(/^News article: \d+ leaders, \d+ mentions; \d+ numeric claims\.$/);
    expect(people).toBe(await popup.locator('.item--leader').count());
    expect(mentions).toBe(await page.locator('newslens-mark[data-newslens-kind="leader"]').count());
    expect(figures).toBe(await popup.locator('.item--claim').count());
    // 400 px wide: no horizontal scroll, in either view.
    const noHorizontalScroll = () =>
      popup.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(await noHorizontalScroll()).toBe(true);
    await popup.getByRole('tab', { name: 'Glossary' }).click();
    expect(await noHorizontalScroll()).toBe(true);
    expect(errors).toEqual([]);
    expect(popupErrors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('turns the page’s highlights off and on with its switch, and empties the badge meanwhile', async () => {
    const { page, tabId } = await openArticle(browser, server.url, `/news/${firstSource}.html`);
    const count = await page.locator('newslens-mark').count();
    const { popup } = await openPopup(browser, tabId);
    const everywhere = popup.getByRole('switch', { name: 'Highlights everywhere' });
    await expect.poll(() => everywhere.getAttribute('aria-checked')).toBe('true');
    await everywhere.click();
    await expect.poll(() => page.locator('newslens-mark').count()).toBe(0);
    const { html, before } = await bodyNowAndBefore(page);
    expect(html).toBe(before.html);
    await expect.poll(() => badgeOf(tabId)).toBe('');
    await everywhere.click();
    await expect.poll(() => page.locator('newslens-mark').count(), { timeout: 10_000 }).toBe(count);
    await expect.poll(() => badgeOf(tabId)).toBe(String(count));
    await popup.close();
    await page.close();
  });

  it('scrolls the page to a leader chosen in the popup and marks it for a moment', async () => {
    const { page, tabId } = await openArticle(browser, server.url, `/news/${firstSource}.html`);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const { popup } = await openPopup(browser, tabId);
    const name = 'Ebrahim Raisi';
    await popup.locator('.item--leader .item__reveal', { hasText: name }).click();
    const flashed = page.locator('newslens-mark[data-newslens-flash]');
    await flashed.waitFor({ state: 'attached', timeout: 5_000 });
    expect(await flashed.getAttribute('data-newslens-key')).toBe(name);
    // Scrolled into view, smoothly: the page is in front, as it is under a real popup, so it gets frames.
    await page.bringToFront();
    await expect
      .poll(() =>
        page.evaluate((key) => {
          const marks = [...document.querySelectorAll('newslens-mark')].filter(
            (mark) => mark.getAttribute('data-newslens-key') === key,
          );
          return marks.some((mark) => {
            const rect = mark.getBoundingClientRect();
            return rect.top >= 0 && rect.bottom <= window.innerHeight;
          });
        }, name),
      )
      .toBe(true);
    await popup.close();
    await page.close();
  });
});

describe('what the page itself says, when no source does', () => {
  it('lists a leader’s office and first three sentences, the rest on request, and a different toll further down', async () => {
    const { page, tabId, errors } = await openArticle(browser, server.url, '/hostile/flood.html', 3);
    const { popup, errors: popupErrors } = await openPopup(browser, tabId);
    const marsh = popup.locator('.item--leader').filter({ hasText: 'Elena Marsh' });
    await marsh.waitFor();
    expect(await marsh.locator('.item__role').textContent()).toBe('Governor');
    // Nothing about what the bundled sources lack, under any item.
    expect(await popup.locator('.items').first().textContent()).not.toMatch(
      /do not mention|not in the bundled/i,
    );
    const shown = await marsh.locator('.item__page > .page-sentences > .quote').allTextContents();
    const marks = await page.locator('newslens-mark[data-newslens-key="Elena Marsh"]').count();
    expect(shown).toHaveLength(3);
    expect(shown[0]).toMatch(/^At least 12 people were killed .* Governor Elena Marsh said on Tuesday\.$/);
    expect(shown[1]).toMatch(/^Marsh, who also chairs/);
    const more = marsh.locator('details.more');
    expect(await more.locator('summary').textContent()).toBe(`${marks - 3} more sentence on this page`);
    expect(await more.locator('.quote').first().isVisible()).toBe(false);
    await more.locator('summary').click();
    expect(await more.locator('.quote').first().textContent()).toMatch(/^Marsh later visited a shelter/);
    // Two tolls for one flood: each flags the other as a difference within the page.
    const twelve = popup
      .locator('.item--claim')
      .filter({ has: popup.locator('.item__name', { hasText: /12 people/ }) });
    expect(await twelve.locator('.claim-status--differs').textContent()).toBe(
      'This page also gives 14 people for the same thing',
    );
    expect(await twelve.locator('.item__differs .quote').textContent()).toMatch(
      /^By evening, officials said 14/,
    );
    // The bundled report on Iran's drones says "at least twice" too, of something else: the same number
    // is not the same claim, and that report is not about this page's story.
    const twice = popup
      .locator('.item--claim')
      .filter({ has: popup.locator('.item__name', { hasText: /^at least twice$/ }) });
    expect(await twice.getAttribute('class')).not.toContain('item--corroborated');
    expect(await twice.textContent()).not.toMatch(/Also in /);
    expect(await popup.locator('.sources-summary__story').textContent()).toBe(
      'None of them is about this page’s story.',
    );
    // Money says what it counts.
    const money = popup
      .locator('.item--claim')
      .filter({ has: popup.locator('.item__name', { hasText: '$40 million' }) });
    expect(await money.locator('.item__role').textContent()).toBe('repairs');
    expect(await money.locator('.item__page .quote').textContent()).toMatch(
      /^The state will spend \$40 million/,
    );
    expect(errors).toEqual([]);
    expect(popupErrors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('still lists the page’s leaders and figures when highlights are off', async () => {
    await setSettings(browser.worker, { enabled: false });
    try {
      const { page, tabId } = await openArticle(browser, server.url, '/hostile/flood.html', 0);
      const { popup } = await openPopup(browser, tabId);
      await popup.getByText(/Highlights are off here/).waitFor();
      await popup.locator('.item--leader', { hasText: 'Elena Marsh' }).waitFor();
      expect(await popup.locator('.item--claim').count()).toBeGreaterThan(3);
      // Listed, not highlighted.
      expect(await page.locator('newslens-mark').count()).toBe(0);
      await popup.close();
      await page.close();
    } finally {
      await setSettings(browser.worker, { enabled: true });
    }
  });
});

describe('card in the page', () => {
  it('quotes the sentence of the highlight under the pointer, not the first mention’s', async () => {
    const { page } = await openArticle(browser, server.url, '/hostile/flood.html', 3);
    const marks = page.locator('newslens-mark[data-newslens-key="Elena Marsh"]');
    const card = page.locator('newslens-card');
    const quoted = () =>
      card.evaluate((host) => host.shadowRoot?.querySelector('blockquote')?.textContent ?? '');
    const sentences: string[] = [];
    for (const nth of [2, 0, 3]) {
      const mark = marks.nth(nth);
      await mark.scrollIntoViewIfNeeded();
      await mark.hover();
      await card.waitFor({ state: 'attached' });
      // The mark's own paragraph holds the sentence the card quotes.
      const paragraph = (await mark.evaluate((m) => m.closest('p')?.textContent ?? '')).replace(/\s+/g, ' ');
      await expect.poll(quoted).not.toBe('');
      const sentence = await quoted();
      expect(paragraph).toContain(sentence);
      sentences.push(sentence);
      await page.mouse.move(1, 1);
      await expect.poll(() => card.count(), { timeout: 5_000 }).toBe(0);
    }
    expect(sentences[1]).toMatch(/Governor Elena Marsh said on Tuesday\.$/);
    expect(new Set(sentences).size).toBe(3);
    // By keyboard too: the focused highlight's sentence.
    await marks.nth(3).evaluate((m) => {
      m.setAttribute('tabindex', '-1');
      (m as HTMLElement).focus();
    });
    await expect.poll(quoted).toBe(sentences[2]);
    // A figure's card names the page's other figure for the same thing.
    const toll = page.locator('newslens-mark[data-newslens-kind="claim"]').first();
    await toll.hover();
    await expect
      .poll(() => card.evaluate((host) => host.shadowRoot?.textContent ?? ''))
      .toContain('This page also gives 14 people for the same thing');
    await page.close();
  });

  it('shows the context of a hovered highlight in a shadow root beside it, and closes on Esc', async () => {
    const { page } = await openArticle(browser, server.url, `/news/${firstSource}.html`);
    const mark = page.locator('newslens-mark[data-newslens-key="Vladimir Putin"]').nth(1);
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const card = page.locator('newslens-card');
    await card.waitFor({ state: 'attached' });
    const text = (await card.evaluate((host) => host.shadowRoot?.textContent ?? '')) ?? '';
    expect(text).toContain('Vladimir Putin');
    expect(text).toContain('Russian President');
    const overlap = await page.evaluate(() => {
      const host = document.querySelector('newslens-card')!;
      const box = host.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
      const marks = [...document.querySelectorAll('newslens-mark[data-newslens-key="Vladimir Putin"]')];
      const hovered = marks.find((m) => m.matches(':hover')) ?? marks[1];
      const r = hovered.getBoundingClientRect();
      return !(box.bottom <= r.top || box.top >= r.bottom || box.right <= r.left || box.left >= r.right);
    });
    expect(overlap).toBe(false);
    // Outside the body: the article's text and DOM are untouched by the card.
    const { text: bodyText, before } = await bodyNowAndBefore(page);
    expect(bodyText).toBe(before.text);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    await page.close();
  });
});

describe('popup about a page that is not news', () => {
  it('has an empty badge when the tab goes on from an article to a page that is not news', async () => {
    const { page, tabId } = await openArticle(browser, server.url, `/news/${firstSource}.html`);
    await expect.poll(() => badgeOf(tabId)).toMatch(/^[1-9]\d*$/);
    // The probe tells nothing to the extension on such a page: the browser resets a tab's badge when
    // the tab loads another document.
    const next = `${server.url}/pages/wikipedia.html`;
    await page.goto(next);
    await expect.poll(async () => (await statusesOf(browser.worker, next)).length).toBeGreaterThan(0);
    expect(await tabIdOf(browser.worker, next)).toBe(tabId);
    expect(await badgeOf(tabId)).toBe('');
    const { popup } = await openPopup(browser, tabId);
    await popup.getByText('does not look like a news article').waitFor();
    await popup.close();
    await page.close();
  });

  it('says why, and analyses the page when asked', async () => {
    const { page, tabId } = await openArticle(browser, server.url, '/pages/wikipedia.html', 0);
    const { popup } = await openPopup(browser, tabId);
    await popup.getByText('does not look like a news article').waitFor();
    // In plain words, never the detector's signal names.
    const why = (await popup.locator('.empty .muted').textContent()) ?? '';
    expect(why).toMatch(/^Why: it looks like a wiki or reference page/);
    expect(why).not.toMatch(/wiki or documentation|prose paragraphs|not-news address|og:/);
    expect(await page.locator('newslens-mark').count()).toBe(0);
    expect(await badgeOf(tabId)).toBe('');
    await popup.getByRole('button', { name: 'Analyse it anyway' }).click();
    await expect.poll(() => page.locator('newslens-mark').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });
});
