import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { GlossaryIndex } from '@/analysis/page-items';
import { handleBackgroundMessage, toggleHighlights } from '@/utils/background-handlers';
import { glossary } from '@/utils/glossary';
import { BACKGROUND, type AnalyzeReply, type PageStatus } from '@/utils/messages';
import { normalizeSettings, settingsItem } from '@/utils/settings';

const index = new GlossaryIndex(glossary);
const status: PageStatus = {
  url: 'https://news.example/a',
  isNews: true,
  readable: true,
  language: 'en',
  score: 0.9,
  signals: [],
  leaders: 3,
  claims: 4,
  skippedChars: 0,
  detectMs: 1,
};

describe('background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('toggles highlights everywhere on the keyboard command, and back', async () => {
    expect(normalizeSettings(await settingsItem.getValue()).enabled).toBe(true);
    await toggleHighlights();
    expect(normalizeSettings(await settingsItem.getValue()).enabled).toBe(false);
    await toggleHighlights();
    expect(normalizeSettings(await settingsItem.getValue()).enabled).toBe(true);
  });

  it('analyses text for its own content scripts and refuses other senders and shapes', async () => {
    const own = { id: fakeBrowser.runtime.id, tab: { id: 1 }, frameId: 0 };
    const noBadge = () => {
      throw new Error('no badge expected');
    };
    const text = 'President Ana Lopez said 12 towns were cut off.';
    const reply = (await handleBackgroundMessage(
      { target: BACKGROUND, type: 'analyze', text },
      own,
      index,
      noBadge,
    )) as AnalyzeReply;
    expect(reply.ok && reply.spans.map((span) => span.text)).toEqual(['Ana Lopez', '12 towns']);
    expect(reply.ok && reply.items.map((item) => item.key)).toEqual(['Ana Lopez', '12 town']);
    const stranger = { id: 'another-extension', tab: { id: 1 }, frameId: 0 };
    expect(
      handleBackgroundMessage({ target: BACKGROUND, type: 'analyze', text }, stranger, index, noBadge),
    ).toBe(undefined);
    expect(
      handleBackgroundMessage({ target: BACKGROUND, type: 'analyze', text: 42 }, own, index, noBadge),
    ).toBe(undefined);
    expect(handleBackgroundMessage({ type: 'analyze', text }, own, index, noBadge)).toBe(undefined);
  });

  it('sets the badge of the reporting tab to its highlight count, empty when there are none or it is not news', () => {
    const badges: [number, string][] = [];
    const setBadge = (tabId: number, text: string) => badges.push([tabId, text]);
    const from = (tabId: number, frameId = 0) => ({
      id: fakeBrowser.runtime.id,
      tab: { id: tabId },
      frameId,
    });
    handleBackgroundMessage({ target: BACKGROUND, type: 'page-status', status }, from(7), index, setBadge);
    handleBackgroundMessage(
      { target: BACKGROUND, type: 'page-status', status: { ...status, leaders: 0, claims: 0 } },
      from(8),
      index,
      setBadge,
    );
    handleBackgroundMessage(
      { target: BACKGROUND, type: 'page-status', status: { ...status, isNews: false } },
      from(9),
      index,
      setBadge,
    );
    // A subframe does not speak for the tab.
    handleBackgroundMessage(
      { target: BACKGROUND, type: 'page-status', status },
      from(10, 3),
      index,
      setBadge,
    );
    expect(badges).toEqual([
      [7, '7'],
      [8, ''],
      [9, ''],
    ]);
  });
});
