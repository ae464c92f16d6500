import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { analyze } from '@/analysis';
import { buildGlossary, type Glossary, type GlossarySource } from '@/analysis/glossary';
import type { Analysis } from '@/analysis/types';
import { GlossaryIndex, pageAddress, type SourcePart } from '@/analysis/source-index';
import {
  makePack,
  parsePack,
  serializePack,
  sourceProblem,
  textHash,
  type PackProblem,
  type PackSource,
} from '@/analysis/source-pack';
import { sourceLabel } from './source-text';

/** What the page states about itself, read when the reader keeps it (`dom/page-meta.ts`). */
export interface PageMeta {
  url: string;
  headline?: string;
  outlet?: string;
  /** Publication date as the page states it (ISO 8601). */
  date?: string;
  byline?: string[];
  language?: string;
}

/** A kept source as lists show it: no text. */
export interface KeptSummary {
  id: string;
  url?: string;
  /** How quotes name it: outlet, else headline. */
  label: string;
  headline?: string;
  outlet?: string;
  date?: string;
  keptAt: string;
  /** Kept by the "keep every article" setting rather than by the reader's own choice. */
  auto: boolean;
  /** Bytes it takes in storage, text and index. */
  bytes: number;
}

/** A kept article as stored: what the page stated, its text, and the index part built from it. */
interface KeptRecord {
  id: string;
  summary: KeptSummary;
  source: PackSource;
  textHash: string;
}

interface PartRecord {
  id: string;
  part: SourcePart;
}

/** What lists need of a kept article, stored apart from its text. */
type MetaRecord = Pick<KeptRecord, 'id' | 'summary' | 'textHash'>;

interface SourcesDb extends DBSchema {
  /** The articles: metadata and text (read whole only to export). */
  articles: { key: string; value: KeptRecord; indexes: { url: string; textHash: string } };
  /** Each article's index part, read at start so that no article is analysed again. */
  parts: { key: string; value: PartRecord };
  /** Each article's summary and text hash (version 2), read at start instead of the articles. */
  meta: { key: string; value: MetaRecord };
}

/** The IndexedDB database of kept sources, in the background's origin. */
const SOURCES_DB = 'newslens-sources';
/** 1: articles and parts; 2: a meta store, so that opening reads no article's text. */
const SOURCES_DB_VERSION = 2;

const metaOf = ({ id, summary, textHash }: KeptRecord): MetaRecord => ({ id, summary, textHash });

/** What an import did, or why nothing was imported. */
export type ImportResult =
  { ok: true; added: number; duplicates: number } | { ok: false; problem: PackProblem };

const encoder = new TextEncoder();

/**
 * The reader's kept sources: stored in IndexedDB (through `idb`), held in memory as index parts that
 * join the bundled glossary's, so every page is matched against all of them at once. Each article is
 * analysed once, when kept or imported; its part is stored beside it. One per background.
 */
export class SourceLibrary {
  readonly index: GlossaryIndex;
  private readonly kept = new Map<string, KeptSummary>();
  private readonly byAddress = new Map<string, string>();
  private readonly byHash = new Map<string, string>();

  private constructor(
    private readonly db: IDBPDatabase<SourcesDb>,
    bundled: Glossary,
  ) {
    this.index = new GlossaryIndex(bundled);
  }

  /**
   * Opens the store (creating it, or upgrading a version 1 store) and loads every kept source's
   * summary and part into the index; no article's text is read.
   */
  static async open(bundled: Glossary, name = SOURCES_DB): Promise<SourceLibrary> {
    const db = await openDB<SourcesDb>(name, SOURCES_DB_VERSION, {
      async upgrade(database, oldVersion, _newVersion, transaction) {
        if (oldVersion < 1) {
          const articles = database.createObjectStore('articles', { keyPath: 'id' });
          articles.createIndex('url', 'summary.url');
          articles.createIndex('textHash', 'textHash');
          database.createObjectStore('parts', { keyPath: 'id' });
        }
        if (oldVersion < 2) {
          const meta = database.createObjectStore('meta', { keyPath: 'id' });
          // From version 1: each article read once, here, for its summary (within the upgrade's transaction).
          for (
            let cursor = await transaction.objectStore('articles').openCursor();
            cursor;
            cursor = await cursor.continue()
          )
            void meta.put(metaOf(cursor.value));
        }
      },
    });
    const library = new SourceLibrary(db, bundled);
    const transaction = db.transaction(['parts', 'meta']);
    const [parts, records] = await Promise.all([
      transaction.objectStore('parts').getAll(),
      transaction.objectStore('meta').getAll(),
    ]);
    for (const record of records) library.remember(record.summary, record.textHash);
    for (const { id, part } of parts) if (library.kept.has(id)) library.index.add(id, part);
    return library;
  }

  private remember(summary: KeptSummary, hash: string): void {
    this.kept.set(summary.id, summary);
    if (summary.url) this.byAddress.set(pageAddress(summary.url), summary.id);
    this.byHash.set(hash, summary.id);
  }

  private forget(id: string): void {
    const summary = this.kept.get(id);
    if (!summary) return;
    this.kept.delete(id);
    for (const map of [this.byAddress, this.byHash])
      for (const [key, value] of map) if (value === id) map.delete(key);
  }

  /** Every kept source's index part, as stored (for measuring; the index holds them already). */
  async parts(): Promise<[string, SourcePart][]> {
    return (await this.db.getAll('parts')).map(({ id, part }) => [id, part]);
  }

  /** The kept sources, newest first. */
  list(): KeptSummary[] {
    return [...this.kept.values()].sort((a, b) => b.keptAt.localeCompare(a.keptAt));
  }

  /** The kept copy of a page, by its address or its text's hash. */
  find(page: { url?: string; textHash?: string }): KeptSummary | undefined {
    const id =
      (page.url ? this.byAddress.get(pageAddress(page.url)) : undefined) ??
      (page.textHash ? this.byHash.get(page.textHash) : undefined);
    return id ? this.kept.get(id) : undefined;
  }

  /** Bytes the kept sources take, as stored. */
  bytes(): number {
    let total = 0;
    for (const summary of this.kept.values()) total += summary.bytes;
    return total;
  }

  /**
   * Keeps an article: analyses it (or takes the page's analysis), builds its index part, stores both,
   * and adds it to the index. The same address kept again with another text replaces the older copy;
   * the same text at the same address changes nothing (`changed: false`).
   */
  async keep(
    meta: PageMeta,
    text: string,
    options: { auto?: boolean; keptAt?: string; analysis?: Analysis } = {},
  ): Promise<{ summary: KeptSummary; changed: boolean }> {
    const source: Record<string, unknown> = {
      url: meta.url,
      ...pick(meta),
      keptAt: options.keptAt ?? new Date().toISOString(),
      text,
    };
    // What the page states goes in as a pack would take it, so that an export always imports: a field
    // the pack format refuses (a date in another form) is left out, an unusable text refused.
    for (let problem = sourceProblem(source); problem; problem = sourceProblem(source)) {
      if (problem.field === 'text' || !problem.field)
        throw new Error(`cannot keep this text: ${problem.reason}`);
      delete source[problem.field];
    }
    // The same article at the same address, kept again (the setting keeps every visit): nothing changes.
    const hash = await textHash(text);
    const same = this.find({ textHash: hash });
    if (same && same.url === meta.url) return { summary: same, changed: false };
    const prepared = await this.prepare(
      source as unknown as PackSource,
      options.auto ?? false,
      options.analysis,
      hash,
    );
    await this.store([prepared], true);
    return { summary: this.kept.get(prepared.record.id) ?? prepared.record.summary, changed: true };
  }

  /** The record and index part of a source, analysed (`hash`: its textHash, when already known). */
  private async prepare(
    source: PackSource,
    auto: boolean,
    analysis?: Analysis,
    known?: string,
  ): Promise<{ record: KeptRecord; part: SourcePart }> {
    const hash = known ?? (await textHash(source.text));
    const id = `kept-${hash.slice(0, 20)}`;
    const label = sourceLabel({ outlet: source.outlet, headline: source.headline, text: source.text });
    const glossary = buildGlossary(
      [{ id, label, text: source.text, ...(source.date ? { date: source.date } : {}) }],
      { entities: false, analyses: [analysis ?? analyze(source.text)] },
    );
    const named: GlossarySource = {
      ...glossary.sources[0],
      kind: 'kept',
      ...(source.url ? { url: source.url } : {}),
      ...(source.headline ? { headline: source.headline } : {}),
      textHash: hash,
      keptAt: source.keptAt,
    };
    const part: SourcePart = { sources: [named], leaders: glossary.leaders, claims: glossary.claims };
    const summary: KeptSummary = {
      id,
      label,
      ...(source.url ? { url: source.url } : {}),
      ...(source.headline ? { headline: source.headline } : {}),
      ...(source.outlet ? { outlet: source.outlet } : {}),
      ...(source.date ? { date: source.date } : {}),
      keptAt: source.keptAt ?? new Date().toISOString(),
      auto,
      bytes: 0,
    };
    const record: KeptRecord = { id, summary, source, textHash: hash };
    summary.bytes =
      encoder.encode(JSON.stringify(record)).length + encoder.encode(JSON.stringify(part)).length;
    return { record, part };
  }

  /**
   * Stores prepared sources in one transaction, then adds them to the index. With `replace`, a source
   * of an address already kept replaces it; without, sources already kept (same address or text) are
   * skipped. Returns what was stored.
   */
  private async store(
    prepared: { record: KeptRecord; part: SourcePart }[],
    replace: boolean,
  ): Promise<KeptRecord[]> {
    const stored: KeptRecord[] = [];
    const replaced: string[] = [];
    const seen = new Set<string>();
    for (const item of prepared) {
      const { record } = item;
      const existing = this.find({ url: record.summary.url, textHash: record.textHash });
      if (seen.has(record.id)) continue;
      seen.add(record.id);
      if (existing && !replace) continue;
      if (existing && existing.id !== record.id) replaced.push(existing.id);
      stored.push(record);
    }
    if (stored.length === 0) return [];
    const kept = new Set(stored);
    const transaction = this.db.transaction(['articles', 'parts', 'meta'], 'readwrite');
    const articles = transaction.objectStore('articles');
    const parts = transaction.objectStore('parts');
    const meta = transaction.objectStore('meta');
    for (const id of replaced) {
      void articles.delete(id);
      void parts.delete(id);
      void meta.delete(id);
    }
    const storing = prepared.filter((item) => kept.has(item.record));
    for (const item of storing) {
      void articles.put(item.record);
      void parts.put({ id: item.record.id, part: item.part });
      void meta.put(metaOf(item.record));
    }
    await transaction.done;
    for (const id of replaced) this.forget(id);
    this.index.remove(replaced);
    for (const item of storing) {
      this.remember(item.record.summary, item.record.textHash);
      this.index.add(item.record.id, item.part);
    }
    return stored;
  }

  /** Takes sources out of storage and of every page's context. */
  async remove(ids: readonly string[]): Promise<void> {
    const transaction = this.db.transaction(['articles', 'parts', 'meta'], 'readwrite');
    for (const id of ids) {
      void transaction.objectStore('articles').delete(id);
      void transaction.objectStore('parts').delete(id);
      void transaction.objectStore('meta').delete(id);
    }
    await transaction.done;
    for (const id of ids) this.forget(id);
    this.index.remove(ids);
  }

  /** Removes every kept source, or (`autoOnly`) those the setting kept. Returns how many went. */
  async clear(autoOnly = false): Promise<number> {
    const ids = this.list()
      .filter((summary) => !autoOnly || summary.auto)
      .map((summary) => summary.id);
    await this.remove(ids);
    return ids.length;
  }

  /** Every kept source as one pack file's text, oldest first. */
  async exportPack(created = new Date().toISOString()): Promise<string> {
    return (await this.export(created)).pack;
  }

  /** The pack file's text of {@link exportPack}, and how many articles it holds (told without parsing it). */
  async export(created = new Date().toISOString()): Promise<{ pack: string; articles: number }> {
    const records = await this.db.getAll('articles');
    records.sort((a, b) => a.summary.keptAt.localeCompare(b.summary.keptAt));
    const pack = serializePack(
      makePack(
        records.map((record) => record.source),
        created,
      ),
    );
    return { pack, articles: records.length };
  }

  /**
   * Imports a pack file's text: validated whole first, so that a file that is not a pack, too large,
   * newer or partly broken changes nothing. Articles already kept (same address or text) stay as they
   * are; importing the same pack twice keeps one copy of each.
   */
  async importPack(text: string, bytes?: number): Promise<ImportResult> {
    const result = parsePack(text, bytes);
    if (!result.ok) return result;
    // An article already kept, or twice in the pack, is counted before it is analysed, not after.
    const prepared = [];
    const seen = new Set<string>();
    let duplicates = 0;
    for (const source of result.pack.sources) {
      const hash = await textHash(source.text);
      if (seen.has(hash) || this.find({ url: source.url, textHash: hash })) {
        duplicates++;
        continue;
      }
      seen.add(hash);
      prepared.push(await this.prepare(source, false, undefined, hash));
    }
    const stored = await this.store(prepared, false);
    return { ok: true, added: stored.length, duplicates: duplicates + prepared.length - stored.length };
  }
}

/** The page's metadata that a pack keeps, without empty fields. */
function pick(meta: PageMeta): Omit<PackSource, 'text'> {
  const out: Omit<PackSource, 'text'> = {};
  if (meta.headline?.trim()) out.headline = meta.headline.trim().slice(0, 500);
  if (meta.outlet?.trim()) out.outlet = meta.outlet.trim().slice(0, 500);
  if (meta.date && /^\d{4}-\d{2}-\d{2}/.test(meta.date)) out.date = meta.date;
  const byline = meta.byline?.map((name) => name.trim().slice(0, 500)).filter(Boolean);
  if (byline?.length) out.byline = byline.slice(0, 20);
  if (meta.language && /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(meta.language)) out.language = meta.language;
  return out;
}
