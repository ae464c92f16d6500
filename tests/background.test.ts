import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { GlossaryIndex } from '@/analysis/page-items';
import {
  handleBackgroundMessage,
  toggleHighlights,
  type BackgroundEffects,
} from '@/utils/background-handlers';
import { glossary } from '@/utils/glossary';
import { BACKGROUND, type AnalyzeReply, type LoadReaderReply, type PageStatus } from '@/utils/messages';
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

/** Effects that fail the test when used, with the given ones in their place. */
const effects = (given: Partial<BackgroundEffects> = {}): BackgroundEffects => ({
  index,
  setBadge: () => {
    throw new Error('no badge expected');
  },
  loadReader: () => Promise.reject(new Error('no reader expected')),
  ...given,
});

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
    const text = 'President Ana Lopez said 12 towns were cut off.';
    const reply = (await handleBackgroundMessage(
      { target: BACKGROUND, type: 'analyze', text },
      own,
      effects(),
    )) as AnalyzeReply;
    expect(reply.ok && reply.spans.map((span) => span.text)).toEqual(['Ana Lopez', '12 towns']);
    expect(reply.ok && reply.items.map((item) => item.key)).toEqual(['Ana Lopez', '12 town']);
    const stranger = { id: 'another-extension', tab: { id: 1 }, frameId: 0 };
    expect(handleBackgroundMessage({ target: BACKGROUND, type: 'analyze', text }, stranger, effects())).toBe(
      undefined,
    );
    expect(handleBackgroundMessage({ target: BACKGROUND, type: 'analyze', text: 42 }, own, effects())).toBe(
      undefined,
    );
    expect(handleBackgroundMessage({ type: 'analyze', text }, own, effects())).toBe(undefined);
  });

  it('sets the badge of the reporting tab to its highlight count, empty when there are none or it is not news', () => {
    const badges: [number, string][] = [];
    const setBadge = (tabId: number, text: string) => badges.push([tabId, text]);
    const from = (tabId: number, frameId = 0) => ({
      id: fakeBrowser.runtime.id,
      tab: { id: tabId },
      frameId,
    });
    handleBackgroundMessage(
      { target: BACKGROUND, type: 'page-status', status },
      from(7),
      effects({ setBadge }),
    );
    handleBackgroundMessage(
      { target: BACKGROUND, type: 'page-status', status: { ...status, leaders: 0, claims: 0 } },
      from(8),
      effects({ setBadge }),
    );
    handleBackgroundMessage(
      { target: BACKGROUND, type: 'page-status', status: { ...status, isNews: false } },
      from(9),
      effects({ setBadge }),
    );
    // A subframe does not speak for the tab.
    handleBackgroundMessage(
      { target: BACKGROUND, type: 'page-status', status },
      from(10, 3),
      effects({ setBadge }),
    );
    expect(badges).toEqual([
      [7, '7'],
      [8, ''],
      [9, ''],
    ]);
  });

  it("injects the reader into the probe's own tab and frame, and says when it could not", async () => {
    const loads: [number, number, boolean][] = [];
    const loadReader = (tabId: number, frameId: number, forced: boolean) => {
      loads.push([tabId, frameId, forced]);
      return tabId === 5 ? Promise.reject(new Error('the tab is gone')) : Promise.resolve();
    };
    const from = (tabId: number, frameId = 0) => ({
      id: fakeBrowser.runtime.id,
      tab: { id: tabId },
      frameId,
    });
    const ask = (sender = from(4), type: unknown = 'load-reader') =>
      handleBackgroundMessage({ target: BACKGROUND, type }, sender, effects({ loadReader })) as
        Promise<LoadReaderReply> | undefined;
    expect(await ask()).toEqual({ ok: true });
    expect(await ask(from(5))).toEqual({ ok: false, error: 'the tab is gone' });
    // A subframe, another extension or a malformed request gets nothing injected.
    expect(ask(from(4, 2))).toBe(undefined);
    expect(ask({ ...from(4), id: 'another-extension' })).toBe(undefined);
    expect(ask(from(4), 'load-readers')).toBe(undefined);
    expect(loads).toEqual([
      [4, 0, false],
      [5, 0, false],
    ]);
  });
});
