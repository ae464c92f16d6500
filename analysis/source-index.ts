import type {
  ClaimEntry,
  ClaimMention,
  EntityEntry,
  Glossary,
  GlossarySource,
  LeaderEntry,
  Quote,
} from './glossary';
import { topicKey } from './glossary';
import { identityText } from './source-pack';

/**
 * What one source (or the bundled set) adds to the context of every page: its sources' names and
 * its leaders and figures, as `buildGlossary` makes them. Built once, when the source is kept or
 * imported (or at build time for the bundled ones), and stored beside it.
 */
export interface SourcePart {
  sources: GlossarySource[];
  leaders: LeaderEntry[];
  claims: ClaimEntry[];
}

/** A leader as all the sources together know them. */
export interface LeaderContext {
  /** The sources' full name. */
  name: string;
  roles: { role: string; source: string }[];
  /** Sentences that name them, each source's best first. */
  quotes: Quote[];
}

/** Most sentences a page's leader gets from the sources: enough to show three once its own copy is out. */
const MAX_LEADER_CONTEXT_QUOTES = 12;

/** Most sentences the glossary view keeps per leader or figure, as the bundled glossary does. */
const MAX_GLOSSARY_QUOTES = 6;

/** The id of the bundled sources' part. */
const BUNDLED = 'bundled';

/** The last word of a full name ("Trump" for "Donald Trump"): how later mentions name a person. */
const surname = (name: string) => name.split(/\s+/).at(-1) ?? name;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Every source's leaders and figures arranged for lookups by a page: the bundled glossary and the
 * reader's kept sources together. Adding a source is cheap (its entries join the maps); removing one
 * rebuilds from the parts left. Matching a page costs lookups by its names, figures and sentences,
 * never a walk over all the sources.
 */
export class GlossaryIndex {
  private parts = new Map<string, SourcePart>();
  private sources = new Map<string, GlossarySource>();
  private leadersByName = new Map<string, LeaderEntry[]>();
  /** Single-word names and aliases ("Putin") of each full name. */
  private namesByAlias = new Map<string, Set<string>>();
  private claimsByKey = new Map<string, ClaimMention[]>();
  private claimsByTopic = new Map<string, ClaimEntry[]>();
  /** Which sources hold each sentence (normalised), to tell when a page is one of them. */
  private sentenceSources = new Map<string, Set<string>>();
  private addresses = new Map<string, string>();
  private hashes = new Map<string, string>();
  /** Leaders as all the sources know them, merged on first lookup; emptied whenever a source comes or goes. */
  private leaderCache = new Map<string, LeaderContext>();

  constructor(glossary?: Glossary | SourcePart, kept: Iterable<[string, SourcePart]> = []) {
    if (glossary) this.add(BUNDLED, glossary);
    for (const [id, part] of kept) this.add(id, part);
  }

  /** Adds a part under `id` (replacing one of the same id). */
  add(id: string, part: SourcePart): void {
    if (this.parts.has(id)) {
      this.parts.set(id, part);
      this.rebuild();
      return;
    }
    this.parts.set(id, part);
    this.leaderCache.clear();
    this.index(id, part);
  }

  /** Takes parts out: their sources no longer count for any page. */
  remove(ids: Iterable<string>): void {
    let changed = false;
    for (const id of ids) changed = this.parts.delete(id) || changed;
    if (changed) this.rebuild();
  }

  get size(): number {
    return this.sources.size;
  }

  private rebuild(): void {
    this.sources = new Map();
    this.leadersByName = new Map();
    this.namesByAlias = new Map();
    this.claimsByKey = new Map();
    this.claimsByTopic = new Map();
    this.sentenceSources = new Map();
    this.addresses = new Map();
    this.hashes = new Map();
    this.leaderCache = new Map();
    for (const [id, part] of this.parts) this.index(id, part);
  }

  private index(id: string, part: SourcePart): void {
    for (const source of part.sources) {
      this.sources.set(
        source.id,
        source.kind ? source : { ...source, kind: id === BUNDLED ? 'bundled' : 'kept' },
      );
      if (source.url) this.addresses.set(pageAddress(source.url), source.id);
      if (source.textHash) this.hashes.set(source.textHash, source.id);
    }
    const noteSentence = (quote: Quote) => {
      const key = identityText(quote.sentence);
      const set = this.sentenceSources.get(key);
      if (set) set.add(quote.source);
      else this.sentenceSources.set(key, new Set([quote.source]));
    };
    for (const leader of part.leaders) {
      push(this.leadersByName, leader.name, leader);
      for (const alias of new Set([leader.name, ...leader.aliases, surname(leader.name)])) {
        const names = this.namesByAlias.get(alias);
        if (names) names.add(leader.name);
        else this.namesByAlias.set(alias, new Set([leader.name]));
      }
      leader.quotes.forEach(noteSentence);
    }
    for (const claim of part.claims) {
      for (const mention of claim.mentions) {
        push(this.claimsByKey, claim.key, mention);
        noteSentence(mention);
      }
      if (claim.counts) push(this.claimsByTopic, topicKey(claim.counts, claim.normalizedUnit), claim);
    }
  }

  /** The source of an id, as quotes name it. */
  source(id: string): GlossarySource {
    return this.sources.get(id) ?? { id, label: id };
  }

  /**
   * All the sources as one glossary, for the popup's glossary view: each leader and figure once, with
   * every source's names, roles and sentences (at most six sentences each); organisations and places
   * come from the bundled glossary only (kept sources are indexed without them).
   */
  glossary(): Glossary {
    const leaders: LeaderEntry[] = [];
    for (const [name, entries] of this.leadersByName) {
      const roles = entries.flatMap((entry) => entry.roles);
      leaders.push({
        name,
        aliases: [...new Set(entries.flatMap((entry) => entry.aliases))],
        roles: roles.filter(
          (r, i) => roles.findIndex((o) => o.role === r.role && o.source === r.source) === i,
        ),
        quotes: firstOfEach(
          entries.flatMap((entry) => entry.quotes),
          MAX_GLOSSARY_QUOTES,
        ),
      });
    }
    const claims = new Map<string, ClaimEntry>();
    for (const part of this.parts.values())
      for (const claim of part.claims) {
        const seen = claims.get(claim.key);
        if (!seen)
          claims.set(claim.key, { ...claim, mentions: [...claim.mentions], conflicts: [...claim.conflicts] });
        else {
          if (seen.mentions.length < MAX_GLOSSARY_QUOTES)
            seen.mentions.push(...claim.mentions.slice(0, MAX_GLOSSARY_QUOTES - seen.mentions.length));
          for (const key of claim.conflicts) if (!seen.conflicts.includes(key)) seen.conflicts.push(key);
        }
      }
    const entities: EntityEntry[] = [];
    for (const part of this.parts.values())
      if ('entities' in part) entities.push(...(part as Glossary).entities);
    return { version: 1, sources: this.allSources(), leaders, claims: [...claims.values()], entities };
  }

  /** Every source known: the bundled ones first, then the kept ones in the order they were added. */
  allSources(): GlossarySource[] {
    return [...this.sources.values()];
  }

  /**
   * What the sources know of a leader the page names `name` (also written `writtenAs`): by the same
   * full name; else by a name or surname that the sources use for one full name only, so a page's
   * "Trump" is the sources' "Donald Trump" and a page's "Donald Trump" the sources' "Trump".
   */
  leader(name: string, writtenAs: readonly string[] = []): LeaderContext | undefined {
    const full = this.fullName(name, writtenAs);
    const entries = full ? this.leadersByName.get(full) : undefined;
    if (!full || !entries) return undefined;
    const cached = this.leaderCache.get(full);
    if (cached) return cached;
    // A source that names the same person by surname only ("Trump") joins the full name's entries.
    const last = surname(full);
    const short =
      last !== full && this.fullNames(last).length === 1 ? (this.leadersByName.get(last) ?? []) : [];
    const all = [...entries, ...short];
    const context: LeaderContext = {
      name: full,
      roles: all.flatMap((entry) => entry.roles),
      quotes: firstOfEach(
        all.flatMap((entry) => entry.quotes),
        MAX_LEADER_CONTEXT_QUOTES,
      ),
    };
    this.leaderCache.set(full, context);
    return context;
  }

  /** The full names (more than one word) that the sources write `alias` for. */
  private fullNames(alias: string): string[] {
    return [...(this.namesByAlias.get(alias) ?? [])].filter((name) => name.includes(' '));
  }

  /** The sources' name for a page's leader, when only one person fits. */
  private fullName(name: string, writtenAs: readonly string[]): string | undefined {
    if (name.includes(' ') && this.leadersByName.has(name)) return name;
    for (const alias of new Set([name, ...writtenAs, surname(name)])) {
      const names = this.fullNames(alias);
      if (names.length === 1) return names[0];
      // Two people of that surname: only the very same name can link.
      if (names.length > 1) break;
    }
    return this.leadersByName.has(name) ? name : undefined;
  }

  /** Every mention, in any source, of the figure with this key. */
  claim(key: string): readonly ClaimMention[] {
    return this.claimsByKey.get(key) ?? [];
  }

  /** Figures the sources give for the same thing in the same unit. */
  sameThing(counts: string, normalizedUnit: string): readonly ClaimEntry[] {
    return counts ? (this.claimsByTopic.get(topicKey(counts, normalizedUnit)) ?? []) : [];
  }

  /**
   * The sources that are this page: kept from the same address or with the same text, or a source
   * whose sentences the page repeats word for word (the same article read on the web).
   */
  sameArticle(page: { url?: string; textHash?: string; sentences: readonly string[] }): Set<string> {
    const self = new Set<string>();
    const byAddress = page.url ? this.addresses.get(pageAddress(page.url)) : undefined;
    if (byAddress) self.add(byAddress);
    const byText = page.textHash ? this.hashes.get(page.textHash) : undefined;
    if (byText) self.add(byText);
    for (const sentence of page.sentences)
      for (const id of this.sentenceSources.get(identityText(sentence)) ?? []) self.add(id);
    return self;
  }
}

/**
 * Quotes with each source's first before any source's second, without repeats, at most `max`: rounds
 * over the sources rather than a sort, since a leader of every kept article has thousands.
 */
function firstOfEach(quotes: readonly Quote[], max = Infinity): Quote[] {
  // Each quote's rank among its source's quotes.
  const counts = new Map<string, number>();
  const ranks = quotes.map((quote) => {
    const rank = counts.get(quote.source) ?? 0;
    counts.set(quote.source, rank + 1);
    return rank;
  });
  const deepest = Math.max(0, ...counts.values());
  const out: Quote[] = [];
  const sentences = new Set<string>();
  for (let round = 0; round < deepest && out.length < max; round++)
    for (let i = 0; i < quotes.length && out.length < max; i++) {
      if (ranks[i] !== round || sentences.has(quotes[i].sentence)) continue;
      sentences.add(quotes[i].sentence);
      out.push(quotes[i]);
    }
  return out;
}

/** An address as two visits to one article share it: without its fragment. */
export function pageAddress(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}
