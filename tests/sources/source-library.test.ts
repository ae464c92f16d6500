// @vitest-environment node
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/analysis';
import { buildGlossary } from '@/analysis/glossary';
import { describePage, type ClaimItem } from '@/analysis/page-items';
import { PACK_FORMAT, textHash } from '@/analysis/source-pack';
import { SourceLibrary } from '@/utils/source-library';

const bundled = buildGlossary([]);
let dbCount = 0;
const freshName = () => `test-sources-${dbCount++}`;

const storm = {
  url: 'https://wire.example/2024/05/01/storm',
  headline: 'Storm cuts power',
  outlet: 'The Wire',
  date: '2024-05-01',
  language: 'en',
};
const stormText =
  'Freedonia President Ana Lopez said on Monday that 40,000 households had lost power after the storm. ' +
  'The storm destroyed 12 bridges across the north, officials said.';
const reader =
  'President Lopez said 40,000 households were still without power. Officials said the storm destroyed 15 bridges across the north.';

const claimsOf = (library: SourceLibrary, text: string, page = {}) =>
  describePage(text, analyze(text), library.index, page).filter((i): i is ClaimItem => i.kind === 'claim');
const statuses = (library: SourceLibrary) => claimsOf(library, reader).map((claim) => claim.status);

describe('SourceLibrary', () => {
  it('keeps an article: stored with what the page stated, matched at once, and again after reopening', async () => {
    const name = freshName();
    const library = await SourceLibrary.open(bundled, name);
    expect(statuses(library)).toEqual(['unmentioned', 'unmentioned']);
    const { summary: kept } = await library.keep(storm, stormText, { keptAt: '2024-05-02T08:00:00.000Z' });
    expect(kept).toMatchObject({ label: 'The Wire', url: storm.url, date: '2024-05-01', auto: false });
    expect(kept.bytes).toBeGreaterThan(stormText.length);
    expect(statuses(library)).toEqual(['corroborated', 'contradicted']);
    const reopened = await SourceLibrary.open(bundled, name);
    expect(reopened.list()).toEqual([kept]);
    expect(statuses(reopened)).toEqual(['corroborated', 'contradicted']);
    // The kept article open again is not its own corroboration.
    const self = claimsOf(reopened, stormText, { url: storm.url, textHash: await textHash(stormText) });
    expect(self.map((claim) => claim.status)).toEqual(['unmentioned', 'unmentioned']);
  });

  it('keeps the same address once, with its newer text; the same article again changes nothing', async () => {
    const library = await SourceLibrary.open(bundled, freshName());
    expect((await library.keep(storm, stormText)).changed).toBe(true);
    expect((await library.keep(storm, ` ${stormText}`)).changed).toBe(false);
    expect((await library.keep(storm, `${stormText} Repairs will take 3 weeks.`)).changed).toBe(true);
    expect(library.list()).toHaveLength(1);
    expect(library.index.allSources()).toHaveLength(1);
  });

  it('leaves out a date the pack format refuses, so that an export always imports', async () => {
    const library = await SourceLibrary.open(bundled, freshName());
    const { summary: kept } = await library.keep({ ...storm, date: '2024-05-01 at noon' }, stormText);
    expect(kept.date).toBeUndefined();
  });

  it('removes a source from storage and from every page’s context', async () => {
    const name = freshName();
    const library = await SourceLibrary.open(bundled, name);
    const { summary: kept } = await library.keep(storm, stormText);
    await library.remove([kept.id]);
    expect(statuses(library)).toEqual(['unmentioned', 'unmentioned']);
    expect((await SourceLibrary.open(bundled, name)).list()).toEqual([]);
  });

  it('exports, and after remove all, imports the same context back; twice keeps one copy', async () => {
    const library = await SourceLibrary.open(bundled, freshName());
    await library.keep(storm, stormText);
    await library.keep(
      { url: 'https://post.example/b', outlet: 'Daily Post' },
      'The mayor said 300 people slept in shelters.',
    );
    const before = claimsOf(library, reader);
    const pack = await library.exportPack('2024-05-03T00:00:00.000Z');
    expect(JSON.parse(pack)).toMatchObject({ format: PACK_FORMAT, version: 1 });
    expect(await library.export('2024-05-03T00:00:00.000Z')).toEqual({ pack, articles: 2 });
    expect(await library.clear()).toBe(2);
    expect(statuses(library)).toEqual(['unmentioned', 'unmentioned']);
    expect(await library.importPack(pack)).toEqual({ ok: true, added: 2, duplicates: 0 });
    expect(claimsOf(library, reader)).toEqual(before);
    expect(await library.importPack(pack)).toEqual({ ok: true, added: 0, duplicates: 2 });
    expect(library.list()).toHaveLength(2);
  });

  it('imports nothing from a partly broken pack, and keeps what was there', async () => {
    const library = await SourceLibrary.open(bundled, freshName());
    const { summary: kept } = await library.keep(storm, stormText);
    const broken = JSON.stringify({
      format: PACK_FORMAT,
      version: 1,
      sources: [{ text: 'The mayor said 300 people slept in shelters.' }, { text: 'ok', url: 'ftp://x' }],
    });
    expect(await library.importPack(broken)).toEqual({
      ok: false,
      problem: { code: 'bad-field', field: 'sources[1].url', reason: 'not an http or https address' },
    });
    expect(library.list()).toEqual([kept]);
    expect(statuses(library)).toEqual(['corroborated', 'contradicted']);
  });

  it('deletes only what the setting kept when asked to', async () => {
    const library = await SourceLibrary.open(bundled, freshName());
    await library.keep(storm, stormText);
    await library.keep({ url: 'https://post.example/b' }, 'The mayor said 300 people slept in shelters.', {
      auto: true,
    });
    expect(await library.clear(true)).toBe(1);
    expect(library.list().map((summary) => summary.url)).toEqual([storm.url]);
  });

  it('opens a version 1 store: its articles listed, matched and exported as before, then kept in the new store', async () => {
    // Version 1 as it was written: articles (summary, source, text hash) and parts, nothing else.
    const written = await SourceLibrary.open(bundled, freshName());
    const { summary: kept } = await written.keep(storm, stormText, { keptAt: '2024-05-02T08:00:00.000Z' });
    const pack = await written.exportPack('2024-05-03T00:00:00.000Z');
    const [id, part] = (await written.parts())[0];
    const record = {
      id,
      summary: kept,
      source: { url: storm.url, ...JSON.parse(pack).sources[0] },
      textHash: await textHash(stormText),
    };
    const name = freshName();
    const old = await openDB(name, 1, {
      upgrade(database) {
        const articles = database.createObjectStore('articles', { keyPath: 'id' });
        articles.createIndex('url', 'summary.url');
        articles.createIndex('textHash', 'textHash');
        database.createObjectStore('parts', { keyPath: 'id' });
      },
    });
    await old.put('articles', record);
    await old.put('parts', { id, part });
    old.close();

    const upgraded = await SourceLibrary.open(bundled, name);
    expect(upgraded.list()).toEqual([kept]);
    expect(statuses(upgraded)).toEqual(['corroborated', 'contradicted']);
    expect(upgraded.find({ textHash: record.textHash })).toEqual(kept);
    expect(await upgraded.exportPack('2024-05-03T00:00:00.000Z')).toBe(pack);
    const raw = await openDB(name);
    expect(raw.version).toBe(2);
    expect(await raw.getAll('meta')).toEqual([{ id, summary: kept, textHash: record.textHash }]);
    raw.close();
    // Kept again after the upgrade, another article joins it in both stores.
    await upgraded.keep({ url: 'https://post.example/b' }, 'The mayor said 300 people slept in shelters.');
    expect((await SourceLibrary.open(bundled, name)).list()).toHaveLength(2);
  });
});
