// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  makePack,
  MAX_PACK_BYTES,
  PACK_FORMAT,
  PACK_VERSION,
  parsePack,
  serializePack,
  textHash,
} from '@/analysis/source-pack';
import { bundledPack, PACK_FILE } from '../../scripts/lib/sources';

const article = {
  url: 'https://news.example/world/2024/05/01/storm',
  headline: 'Storm cuts power to 40,000 homes',
  outlet: 'The Wire',
  date: '2024-05-01',
  byline: ['Ana Reporter'],
  language: 'en',
  keptAt: '2024-05-02T09:30:00.000Z',
  text: 'President Ana Lopez said 40,000 households had lost power after the storm.',
};
const pack = (sources: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: PACK_FORMAT, version: PACK_VERSION, sources, ...extra });

describe('parsePack', () => {
  it('reads a pack it wrote, every field kept', () => {
    const text = serializePack(
      makePack([article, { text: 'Only a text, 12 bridges.' }], '2024-05-03T10:00:00Z'),
    );
    const result = parsePack(text);
    expect(result).toEqual({ ok: true, pack: JSON.parse(text) });
  });

  it('reads the bundled sources’ pack, which `npm run glossary` writes', () => {
    const text = readFileSync(PACK_FILE, 'utf8');
    expect(text).toBe(serializePack(bundledPack()));
    const result = parsePack(text);
    expect(result.ok && result.pack.sources.length).toBe(2);
  });

  it('refuses a file that is too large before reading it', () => {
    expect(parsePack('{}', MAX_PACK_BYTES + 1)).toEqual({
      ok: false,
      problem: { code: 'too-large', bytes: MAX_PACK_BYTES + 1 },
    });
  });

  it.each([
    ['not JSON', 'this is not json {', 'not-json'],
    ['JSON that is not a pack', JSON.stringify({ sources: [article] }), 'not-a-pack'],
    ['a list', JSON.stringify([article]), 'not-a-pack'],
    ['a pack of no sources', pack([]), 'no-sources'],
  ])('refuses %s', (_, text, code) => {
    const result = parsePack(text);
    expect(result.ok ? null : result.problem.code).toBe(code);
  });

  it('refuses a pack of a newer version, saying which', () => {
    const result = parsePack(JSON.stringify({ format: PACK_FORMAT, version: PACK_VERSION + 1, sources: [] }));
    expect(result).toEqual({ ok: false, problem: { code: 'newer-version', version: PACK_VERSION + 1 } });
  });

  it.each([
    [{ ...article, url: 'javascript:alert(1)' }, 'sources[1].url'],
    [{ ...article, url: 'not an address' }, 'sources[1].url'],
    [{ ...article, date: '20 July' }, 'sources[1].date'],
    [{ ...article, date: '2024-13-45' }, 'sources[1].date'],
    [{ ...article, keptAt: 12 }, 'sources[1].keptAt'],
    [{ ...article, headline: '' }, 'sources[1].headline'],
    [{ ...article, outlet: 'x'.repeat(501) }, 'sources[1].outlet'],
    [{ ...article, outlet: 'bad\u0000name' }, 'sources[1].outlet'],
    [{ ...article, byline: 'Ana Reporter' }, 'sources[1].byline'],
    [{ ...article, byline: [3] }, 'sources[1].byline'],
    [{ ...article, language: 'English' }, 'sources[1].language'],
    [{ ...article, text: undefined }, 'sources[1].text'],
    [{ ...article, text: '12 34' }, 'sources[1].text'],
    [{ ...article, text: 'a'.repeat(1_500_001) }, 'sources[1].text'],
    [{ ...article, extra: true }, 'sources[1].extra'],
    ['a string', 'sources[1]'],
  ])('refuses a pack with one broken source, naming the field (%#)', (broken, field) => {
    const result = parsePack(pack([article, broken]));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.code === 'bad-field' && result.problem.field).toBe(field);
  });

  it('refuses unknown fields and a bad date at the top', () => {
    for (const [extra, field] of [
      [{ owner: 'me' }, 'owner'],
      [{ created: 'yesterday' }, 'created'],
      [{ title: 42 }, 'title'],
    ] as const) {
      const result = parsePack(pack([article], extra));
      expect(!result.ok && result.problem.code === 'bad-field' && result.problem.field).toBe(field);
    }
  });
});

describe('textHash', () => {
  it('is the same for two copies of one text that differ in white space only, and differs otherwise', async () => {
    const a = await textHash('Storm cuts power\n\nto 40,000 homes. ');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await textHash(' Storm cuts  power to 40,000 homes.')).toBe(a);
    expect(await textHash('Storm cuts power to 40,001 homes.')).not.toBe(a);
  });
});
