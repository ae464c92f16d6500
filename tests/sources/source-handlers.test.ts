import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildGlossary } from '@/analysis/glossary';
import { BACKGROUND, parseBackgroundRequest, type SourcesRequest } from '@/utils/messages';
import { DEFAULT_SETTINGS, settingsItem } from '@/utils/settings';
import { handleSourcesRequest } from '@/utils/source-handlers';
import { SourceLibrary } from '@/utils/source-library';

const text = 'Freedonia President Ana Lopez said 40,000 households had lost power after the storm.';
const pageUrl = 'https://wire.example/storm';
const fromPage = { url: pageUrl, tab: { id: 3 } };
const fromOptions = () => ({ url: fakeBrowser.runtime.getURL('/options.html') });
let count = 0;

function request(message: Record<string, unknown>): SourcesRequest {
  const parsed = parseBackgroundRequest({ target: BACKGROUND, ...message });
  if (!parsed || parsed.type === 'analyze' || parsed.type === 'page-status' || parsed.type === 'load-reader')
    throw new Error(`not a sources request: ${JSON.stringify(message)}`);
  return parsed;
}

describe('requests about kept sources', () => {
  let library: Promise<SourceLibrary>;
  let told = 0;
  const changed = () => {
    told++;
    return Promise.resolve();
  };
  beforeEach(() => {
    fakeBrowser.reset();
    library = SourceLibrary.open(buildGlossary([]), `handlers-${count++}`);
    told = 0;
  });
  const keep = (auto: boolean, sender: { url?: string }) =>
    handleSourcesRequest(
      request({ type: 'keep-source', meta: { url: pageUrl }, text, auto }),
      sender,
      library,
      changed,
    );

  it('keeps nothing a page asks for while the setting is off, and its own page only once it is on', async () => {
    expect(await keep(true, fromPage)).toMatchObject({ ok: false });
    expect(await keep(false, fromPage)).toMatchObject({ ok: false });
    expect((await library).list()).toEqual([]);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, keepAll: true });
    expect(
      await handleSourcesRequest(
        request({ type: 'keep-source', meta: { url: 'https://other.example/' }, text, auto: true }),
        fromPage,
        library,
        changed,
      ),
    ).toMatchObject({ ok: false });
    expect(await keep(true, fromPage)).toMatchObject({ ok: true, kept: { url: pageUrl, auto: true } });
    expect(told).toBe(1);
    // The same page read again: kept once, and no tab is asked to match again.
    expect(await keep(true, fromPage)).toMatchObject({ ok: true });
    expect(told).toBe(1);
  });

  it('keeps a page from the popup (an extension page), and lets only extension pages list, remove, export, import', async () => {
    expect(await keep(false, fromOptions())).toMatchObject({ ok: true, kept: { auto: false } });
    for (const message of [
      { type: 'list-sources' },
      { type: 'remove-sources', ids: ['x'] },
      { type: 'clear-sources', autoOnly: false },
      { type: 'export-sources' },
      { type: 'import-sources', text: '{}', bytes: 2 },
    ])
      expect(await handleSourcesRequest(request(message), fromPage, library, changed)).toEqual({
        ok: false,
        error: 'not allowed',
      });
    const listed = await handleSourcesRequest(
      request({ type: 'list-sources', url: `${pageUrl}#top` }),
      fromOptions(),
      library,
      changed,
    );
    expect(listed.ok && listed.list?.thisPage?.url).toBe(pageUrl);
    expect(listed.ok && listed.list?.kept).toHaveLength(1);
    const cleared = await handleSourcesRequest(
      request({ type: 'clear-sources', autoOnly: false }),
      fromOptions(),
      library,
      changed,
    );
    expect(cleared).toEqual({ ok: true, removed: 1 });
  });

  it('refuses malformed requests', () => {
    expect(
      parseBackgroundRequest({ target: BACKGROUND, type: 'keep-source', meta: {}, text, auto: true }),
    ).toBeNull();
    expect(parseBackgroundRequest({ target: BACKGROUND, type: 'remove-sources', ids: [1] })).toBeNull();
    expect(
      parseBackgroundRequest({ target: BACKGROUND, type: 'import-sources', text: 3, bytes: 1 }),
    ).toBeNull();
  });
});
