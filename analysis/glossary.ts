import { countedThing } from './counted';
import { claimKey } from './highlights';
import { analyze } from './index';
import { sentenceAround } from './sentences';
import { tagWindows, type TaggedTerm } from './tagger';
import type { Analysis } from './types';

/** A source text as the glossary needs it: who published it and when, and the text. */
export interface GlossaryInput {
  id: string;
  /** How a reader names the source: its outlet or agency. */
  label: string;
  date?: string;
  headline?: string;
  text: string;
}

/**
 * A source as the glossary names it where it quotes it. Bundled sources have only the fields of
 * {@link GlossaryInput}; a source the reader kept also has its address and when it was kept.
 */
export interface GlossarySource extends Omit<GlossaryInput, 'text'> {
  /** Where it comes from: bundled with the extension, or kept by the reader. */
  kind?: 'bundled' | 'kept';
  /** The article's address, for a kept source. */
  url?: string;
  /** The SHA-256 of the kept text (`textHash`), to know the article when it is open again. */
  textHash?: string;
  /** When the reader kept it (ISO 8601). */
  keptAt?: string;
}

/** A sentence of a source, by the source's id. */
export interface Quote {
  sentence: string;
  source: string;
}

export interface LeaderEntry {
  /** The canonical full name ("Vladimir Putin"). */
  name: string;
  /** Every way the sources write the name ("Vladimir Putin", "Putin"). */
  aliases: string[];
  /** The office as each source states it, first statement first. */
  roles: { role: string; source: string }[];
  /** Sentences that mention the leader, the first of each source first. */
  quotes: Quote[];
}

export interface ClaimMention extends Quote {
  /** The figure as written ("22 million tonnes"). */
  text: string;
}

export interface ClaimEntry {
  /** Value and normalised unit, shared by every spelling of the figure ("22000000 t"). */
  key: string;
  value: number;
  /** The unit as first written ("tonnes"), and its normal form ("t"). */
  unit: string;
  normalizedUnit: string;
  /** What the figure counts or measures ("grain", "people"); empty when the sources do not say. */
  counts: string;
  mentions: ClaimMention[];
  /** Keys of other figures the sources give for the same thing: a disagreement. */
  conflicts: string[];
}

export interface EntityEntry {
  kind: 'organisation' | 'place';
  /** The name as the sources most often write it; an acronym when they define one ("NATO"). */
  name: string;
  /** The acronym's long form when a source spells it out ("North Atlantic Treaty Organization"). */
  expansion?: string;
  aliases: string[];
  quotes: Quote[];
}

/** What the extension knows from its bundled sources, built ahead of time by `npm run glossary`. */
export interface Glossary {
  version: 1;
  sources: GlossarySource[];
  leaders: LeaderEntry[];
  claims: ClaimEntry[];
  entities: EntityEntry[];
}

/** Most sentences kept per entry: enough for context, bounded as sources are added. */
const MAX_QUOTES = 6;

/** Lower-case words kept at the end of a place's name ("Crimean peninsula", "Donetsk province"). */
// prettier-ignore
const PLACE_NOUNS = new Set([
  'peninsula', 'province', 'region', 'sea', 'strait', 'river', 'island', 'islands', 'valley', 'gulf', 'oblast',
]);

const normalSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A sentence found for an entry while the glossary is built; lower ranks explain more. */
interface Candidate extends Quote {
  rank: number;
}

/**
 * The quotes an entry keeps: best rank first, and within a rank the first sentence of every source
 * before any source's second, so a short list still shows each source. Duplicates go; at most MAX_QUOTES.
 */
function pickQuotes(candidates: readonly Candidate[]): Quote[] {
  const seen = new Map<string, number>();
  const ordered = candidates.map((candidate) => {
    const nth = seen.get(candidate.source) ?? 0;
    seen.set(candidate.source, nth + 1);
    return { candidate, nth };
  });
  ordered.sort((a, b) => a.candidate.rank - b.candidate.rank || a.nth - b.nth);
  const quotes: Quote[] = [];
  for (const { candidate } of ordered) {
    if (quotes.length === MAX_QUOTES) break;
    if (!quotes.some((q) => q.sentence === candidate.sentence))
      quotes.push({ sentence: candidate.sentence, source: candidate.source });
  }
  return quotes;
}

/** Content words of a sentence, for telling whether two sentences speak of the same thing. */
export function contentWords(sentence: string): Set<string> {
  return new Set((sentence.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((word) => !STOP_WORDS.has(word)));
}

// prettier-ignore
const STOP_WORDS = new Set([
  'that', 'this', 'with', 'from', 'have', 'were', 'been', 'their', 'they', 'them', 'there', 'which', 'would',
  'could', 'said', 'says', 'also', 'than', 'more', 'into', 'about', 'after', 'over', 'some', 'when', 'will',
  'while', 'what', 'where', 'least', 'most', 'other', 'others', 'such', 'only', 'last', 'week', 'year', 'years',
]);

/** True when two sentences share enough content words to be about the same event. */
export function sameTopic(a: string, b: string): boolean {
  return sameTopicWords(contentWords(a), contentWords(b));
}

/** {@link sameTopic} on the sentences' content words, for callers that keep them ({@link contentWords}). */
export function sameTopicWords(wordsA: ReadonlySet<string>, wordsB: ReadonlySet<string>): boolean {
  if (wordsA.size === 0 || wordsB.size === 0) return false;
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared++;
  return shared >= 2 && shared / Math.min(wordsA.size, wordsB.size) >= 0.3;
}

/** What a figure is about, for finding other figures of the same thing: counted noun and unit. */
export function topicKey(counts: string, normalizedUnit: string): string {
  return `${counts.toLowerCase()}|${normalizedUnit}`;
}

/**
 * Builds the glossary from source texts with the same analysis the pages get: leaders with their
 * roles per source, figures linked across sources (and flagged when they disagree), and the
 * organisations and places named near them. Pure and deterministic; run at build time for the bundled
 * sources, and in the background for each source the reader keeps (`entities: false`, with the analysis
 * the page already had when given).
 */
export function buildGlossary(
  inputs: readonly GlossaryInput[],
  options: { entities?: boolean; analyses?: readonly Analysis[] } = {},
): Glossary {
  const leaders = new Map<string, LeaderEntry>();
  const claims = new Map<string, ClaimEntry>();
  const entities = new Map<string, EntityEntry>();
  const found: Found = new Map();
  inputs.forEach((input, i) => {
    const analysis = options.analyses?.[i] ?? analyze(input.text);
    addLeaders(leaders, found, input, analysis);
    addClaims(claims, input, analysis);
    // Entities tag the whole text: a kept source, built while the reader waits, goes without them.
    if (options.entities !== false) addEntities(entities, found, input, analysis);
  });
  foldExpansions(entities, found);
  for (const [entry, candidates] of found) entry.quotes = pickQuotes(candidates);
  const claimList = [...claims.values()];
  linkConflicts(claimList);
  return {
    version: 1,
    sources: inputs.map(({ id, label, date, headline }) => ({
      id,
      label,
      ...(date ? { date } : {}),
      ...(headline ? { headline } : {}),
    })),
    leaders: [...leaders.values()],
    claims: claimList,
    entities: [...entities.values()],
  };
}

/** The sentences found so far for each leader and entity, picked from once all sources are read. */
type Found = Map<LeaderEntry | EntityEntry, Candidate[]>;

function addCandidate(found: Found, entry: LeaderEntry | EntityEntry, candidate: Candidate): void {
  const list = found.get(entry);
  if (list) list.push(candidate);
  else found.set(entry, [candidate]);
}

function addLeaders(
  leaders: Map<string, LeaderEntry>,
  found: Found,
  input: GlossaryInput,
  analysis: Analysis,
): void {
  for (const mention of analysis.leaders) {
    let entry = leaders.get(mention.name);
    if (!entry) {
      entry = { name: mention.name, aliases: [], roles: [], quotes: [] };
      leaders.set(mention.name, entry);
    }
    if (!entry.aliases.includes(mention.text)) entry.aliases.push(mention.text);
    const role = mention.role;
    if (role && !entry.roles.some((r) => r.source === input.id && r.role === role))
      entry.roles.push({ role, source: input.id });
    const sentence = sentenceAround(input.text, mention.start, mention.end);
    addCandidate(found, entry, { sentence, source: input.id, rank: 0 });
  }
}

function addClaims(claims: Map<string, ClaimEntry>, input: GlossaryInput, analysis: Analysis): void {
  for (const claim of analysis.claims) {
    const key = claimKey(claim.value, claim.normalizedUnit, claim);
    let entry = claims.get(key);
    if (!entry) {
      entry = {
        key,
        value: claim.value,
        unit: claim.unit,
        normalizedUnit: claim.normalizedUnit,
        counts: countedThing(input.text, claim),
        mentions: [],
        conflicts: [],
      };
      claims.set(key, entry);
    }
    const sentence = sentenceAround(input.text, claim.start, claim.end);
    if (!entry.mentions.some((m) => m.sentence === sentence && m.text === claim.text))
      entry.mentions.push({ text: claim.text, sentence, source: input.id });
  }
}

/** Figures of the same thing, with other values, stated by another source about the same event. */
function linkConflicts(claims: ClaimEntry[]): void {
  const byTopic = new Map<string, ClaimEntry[]>();
  for (const claim of claims) {
    if (!claim.counts) continue;
    const topic = topicKey(claim.counts, claim.normalizedUnit);
    byTopic.set(topic, [...(byTopic.get(topic) ?? []), claim]);
  }
  for (const group of byTopic.values())
    for (const a of group)
      for (const b of group)
        if (a !== b && a.value !== b.value && disagree(a, b) && !a.conflicts.includes(b.key))
          a.conflicts.push(b.key);
}

function disagree(a: ClaimEntry, b: ClaimEntry): boolean {
  return a.mentions.some((ma) =>
    b.mentions.some((mb) => ma.source !== mb.source && sameTopic(ma.sentence, mb.sentence)),
  );
}

/** A name's key: no dots in acronyms, no possessive, case folded ("U.N." and "UN" are one). */
function entityKey(name: string): string {
  return name.replace(/\./g, '').toLowerCase();
}

function addEntities(
  entities: Map<string, EntityEntry>,
  found: Found,
  input: GlossaryInput,
  analysis: Analysis,
): void {
  const [terms] = tagWindows(input.text, [{ start: 0, end: input.text.length, from: 0 }]);
  // Any word of a person's name, as the text writes it ("Assad" for "Bashar al-Assad"), is not a place.
  const people = new Set(
    [...analysis.leaders, ...analysis.people].flatMap((person) =>
      `${person.name} ${person.text}`
        .toLowerCase()
        .split(/[\s-]+/)
        .map((word) => word.replace(/['’]s$/u, '')),
    ),
  );
  // Sentences with a leader or a figure: the entities named there are the context a reader needs.
  const anchored = new Set(
    [...analysis.leaders, ...analysis.claims].map((m) => sentenceAround(input.text, m.start, m.end)),
  );
  for (const name of namedEntities(input.text, terms)) {
    if (
      name.name
        .toLowerCase()
        .split(/\s+/)
        .some((word) => people.has(word))
    )
      continue;
    if (entityKey(name.name) === entityKey(input.label)) continue;
    const expansion = acronymExpansion(input.text, name);
    const key = entityKey(name.name);
    let entry = entities.get(key);
    if (!entry) {
      entry = { kind: name.kind, name: name.name, aliases: [], quotes: [] };
      entities.set(key, entry);
    }
    if (!entry.aliases.includes(name.name)) entry.aliases.push(name.name);
    if (expansion && !entry.expansion) {
      entry.expansion = expansion;
      if (!entry.aliases.includes(expansion)) entry.aliases.push(expansion);
    }
    const sentence = sentenceAround(input.text, name.start, name.end);
    // A sentence that spells the name out explains it best; one with a leader or a figure comes next.
    const rank = expansion ? 0 : anchored.has(sentence) ? 1 : 2;
    addCandidate(found, entry, { sentence, source: input.id, rank });
  }
}

/** An expansion also seen as a name of its own ("North Atlantic Treaty Organization") folds into its acronym. */
function foldExpansions(entities: Map<string, EntityEntry>, found: Found): void {
  for (const entry of entities.values()) {
    if (!entry.expansion) continue;
    const long = entities.get(entityKey(entry.expansion));
    if (!long || long === entry) continue;
    for (const candidate of found.get(long) ?? []) addCandidate(found, entry, candidate);
    found.delete(long);
    entities.delete(entityKey(entry.expansion));
  }
}

interface FoundEntity {
  kind: 'organisation' | 'place';
  name: string;
  start: number;
  end: number;
}

const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;

/**
 * A word that can be part of an organisation's or a place's name, cut before a hyphen ("UN-backed").
 * `defined` holds the acronyms the text spells out, which count whatever the tagger made of them ("WHO").
 */
function nameWord(term: TaggedTerm, defined: ReadonlySet<string>): TaggedTerm | null {
  const [head, ...rest] = term.text.split('-');
  // "UN-backed" names the UN; "Iran-Turkey-Russia" or "al-Assad" are not one name.
  if (rest.length > 0) return ACRONYM.test(head) ? { ...term, text: head } : null;
  if (defined.has(term.text)) return { ...term, tags: new Set([...term.tags, 'Organization']) };
  if (term.tags.has('Demonym') || term.tags.has('Determiner') || /^(?:the|a|an)$/i.test(term.text))
    return null;
  if (!/^\p{Lu}/u.test(term.text)) return null;
  // A nationality on its own ("Iranian government", "British military") names neither.
  if (!term.tags.has('Place') && /(?:ian|ean|ish|ese)$/.test(term.text)) return null;
  const tagged = term.tags.has('Organization') || term.tags.has('Place');
  return tagged || (term.tags.has('Acronym') && ACRONYM.test(term.text)) ? term : null;
}

/**
 * Runs of capitalised words that compromise tags as organisations, places or acronyms, split at
 * punctuation and possessives; a lower-case place noun may close a run ("Crimean peninsula").
 */
function namedEntities(text: string, terms: readonly TaggedTerm[]): FoundEntity[] {
  const found: FoundEntity[] = [];
  const defined = new Set([...text.matchAll(/\((\p{Lu}{2,6})\)/gu)].map((match) => match[1]));
  let run: TaggedTerm[] = [];
  const flush = () => {
    if (run.length > 0) {
      const first = run[0];
      const last = run[run.length - 1];
      const end = last.start + last.text.replace(/['’]s$/u, '').length;
      const name = normalSpace(text.slice(first.start, end));
      const kind = last.tags.has('Place') ? 'place' : 'organisation';
      if (name.length > 1) found.push({ kind, name, start: first.start, end });
    }
    run = [];
  };
  for (const term of terms) {
    const previous = run[run.length - 1];
    const joined = previous && /^\s+$/.test(text.slice(previous.start + previous.text.length, term.start));
    if (joined && PLACE_NOUNS.has(term.text) && term.tags.has('Place')) {
      run.push(term);
      flush();
      continue;
    }
    const word = nameWord(term, defined);
    if (!word || !joined) flush();
    if (!word) continue;
    run.push(word);
    // A possessive or a cut hyphen ends the name ("Tehran’s", "UN-backed").
    if (/['’]s$/u.test(word.text) || word.text !== term.text) flush();
  }
  flush();
  return found;
}

/** The long form a text gives an acronym as "Long Form (ACR)", matched by initials. */
function acronymExpansion(text: string, found: FoundEntity): string | undefined {
  const letters = found.name.replace(/\./g, '');
  if (!/^\p{Lu}{2,6}$/u.test(letters) || text[found.start - 1] !== '(') return undefined;
  const before = text.slice(Math.max(0, found.start - 120), found.start - 1).trimEnd();
  const words = before.split(/\s+/);
  const initials = (list: string[]) =>
    list
      .filter((word) => /^\p{Lu}/u.test(word))
      .map((word) => word[0])
      .join('');
  for (let count = letters.length; count <= letters.length + 3 && count <= words.length; count++) {
    const candidate = words.slice(words.length - count);
    if (/^\p{Lu}/u.test(candidate[0]) && initials(candidate) === letters) return candidate.join(' ');
  }
  return undefined;
}
