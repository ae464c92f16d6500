import { countedThing } from './counted';
import { contentWords, sameTopicWords, type ClaimMention, type GlossarySource } from './glossary';
import { claimKey } from './highlights';
import type { ClaimPageContext, LeaderPageContext } from './page-context';
import { sentenceAround } from './sentences';
import type { GlossaryIndex } from './source-index';
import type { Analysis } from './types';

/** A sentence of a bundled source, with the source named. */
export interface SourceQuote {
  sentence: string;
  source: GlossarySource;
}

/** A leader on the page, with what the page and the bundled sources say about them. */
export interface LeaderItem {
  kind: 'leader';
  /** The canonical name: the highlights' `data-newslens-key`. */
  key: string;
  name: string;
  /** The office as this page states it. */
  role: string | null;
  /** How many times the page names them. */
  mentions: number;
  /** The page's sentence of first mention. */
  sentence: string;
  /** The sources' full name when the page names them otherwise ("Donald Trump" for the page's "Trump"). */
  fullName?: string;
  /** The office as each source states it; empty when the sources do not know the leader. */
  roles: { role: string; source: GlossarySource }[];
  /** One to three sentences of the sources, each source's first before any second. */
  quotes: SourceQuote[];
  /** What the page itself says (`withPageContext`). */
  page?: LeaderPageContext;
}

/** How a figure on the page stands against the bundled sources. */
export type ClaimStatus = 'corroborated' | 'contradicted' | 'unmentioned';

export interface FigureQuote extends SourceQuote {
  /** The figure as the source writes it. */
  text: string;
}

/** A numeric claim on the page, checked against the bundled sources. */
export interface ClaimItem {
  kind: 'claim';
  /** Value and normalised unit: the highlights' `data-newslens-key`. */
  key: string;
  /** The figure as the page first writes it. */
  text: string;
  /** What it counts or measures ("grain", "people"); empty when the page does not say. */
  counts: string;
  mentions: number;
  sentence: string;
  status: ClaimStatus;
  /** Other sources that give the same figure. */
  agreeing: FigureQuote[];
  /** Sources that give another figure for the same thing. */
  differing: FigureQuote[];
  /** What the page itself says (`withPageContext`). */
  page?: ClaimPageContext;
}

export type PageItem = LeaderItem | ClaimItem;

/** Most source sentences shown with a leader. */
const MAX_LEADER_QUOTES = 3;
/** Most roles shown with a leader: each different one once, from the first source that gives it. */
const MAX_ROLES = 4;
/** Most sources shown agreeing, or differing, on a figure: with many kept articles, the first few say it. */
const MAX_FIGURE_SOURCES = 5;

/**
 * Content words of the sources' sentences, kept with each mention: with many kept sources a page's
 * figure meets the same sentences again and again, page after page.
 */
const mentionWords = new WeakMap<ClaimMention, Set<string>>();
function wordsOf(mention: ClaimMention): Set<string> {
  let words = mentionWords.get(mention);
  if (!words) {
    words = contentWords(mention.sentence);
    mentionWords.set(mention, words);
  }
  return words;
}

/** The first mention of each figure in each source, at most `max` of them. */
function fewSources(quotes: readonly FigureQuote[], max: number): FigureQuote[] {
  const seen = new Set<string>();
  const out: FigureQuote[] = [];
  for (const quote of quotes) {
    const key = `${quote.source.id}|${quote.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(quote);
    if (out.length === max) break;
  }
  return out;
}

export { GlossaryIndex } from './source-index';

/** The page being matched, beyond its text: how a kept copy of it would be known. */
export interface PageIdentity {
  url?: string;
  /** SHA-256 of the page's analysed text (`textHash`). */
  textHash?: string;
}

/**
 * The leaders and numeric claims of a page's text, one item per key in order of first mention, each
 * with the page's own context (role, sentence) and what the bundled sources say. A source the page
 * repeats word for word is the page itself and does not count as another source agreeing.
 */
export function describePage(
  text: string,
  analysis: Analysis,
  index: GlossaryIndex,
  page: PageIdentity = {},
): PageItem[] {
  const items = new Map<string, { at: number; item: PageItem }>();
  // Every way the page writes each leader ("Putin", "Vladimir Putin"), for the sources' full name.
  const writtenAs = new Map<string, string[]>();
  for (const { name, text: written } of analysis.leaders) {
    const forms = writtenAs.get(name);
    if (forms) forms.push(written);
    else writtenAs.set(name, [written]);
  }
  for (const mention of analysis.leaders) {
    const id = `leader:${mention.name}`;
    const seen = items.get(id);
    if (seen) {
      seen.item.mentions++;
      if (seen.item.kind === 'leader' && !seen.item.role && mention.role) seen.item.role = mention.role;
      continue;
    }
    const entry = index.leader(mention.name, writtenAs.get(mention.name));
    items.set(id, {
      at: mention.start,
      item: {
        kind: 'leader',
        key: mention.name,
        name: mention.name,
        ...(entry && entry.name !== mention.name ? { fullName: entry.name } : {}),
        role: mention.role,
        mentions: 1,
        sentence: sentenceAround(text, mention.start, mention.end),
        roles: (entry?.roles ?? []).map(({ role, source }) => ({ role, source: index.source(source) })),
        // More than shown, so that some are left once the page's own copy is taken out below.
        quotes: (entry?.quotes ?? [])
          .slice(0, MAX_LEADER_QUOTES + 2)
          .map(({ sentence, source }) => ({ sentence, source: index.source(source) })),
      },
    });
  }
  const claims: { id: string; key: string; claim: Analysis['claims'][number]; sentence: string }[] = [];
  for (const claim of analysis.claims) {
    const key = claimKey(claim.value, claim.normalizedUnit, claim);
    const id = `claim:${key}`;
    const seen = items.get(id);
    if (seen) {
      seen.item.mentions++;
      continue;
    }
    const sentence = sentenceAround(text, claim.start, claim.end);
    claims.push({ id, key, claim, sentence });
    items.set(id, {
      at: claim.start,
      item: {
        kind: 'claim',
        key,
        text: claim.text,
        counts: countedThing(text, claim),
        mentions: 1,
        sentence,
        status: 'unmentioned',
        agreeing: [],
        differing: [],
      },
    });
  }
  const self = index.sameArticle({
    ...page,
    sentences: [...items.values()].map(({ item }) => item.sentence),
  });
  // The page's own kept copy says nothing about it: its roles and sentences go too.
  for (const { item } of items.values())
    if (item.kind === 'leader') {
      const seen = new Set<string>();
      item.roles = item.roles
        .filter(({ role, source }) => !self.has(source.id) && !seen.has(role) && seen.add(role))
        .slice(0, MAX_ROLES);
      item.quotes = item.quotes.filter(({ source }) => !self.has(source.id));
    }
  const quote = (mention: ClaimMention): FigureQuote => ({
    text: mention.text,
    sentence: mention.sentence,
    source: index.source(mention.source),
  });
  for (const { id, key, claim, sentence } of claims) {
    const item = items.get(id)?.item;
    if (item?.kind !== 'claim') continue;
    const pageWords = contentWords(sentence);
    // The same figure agrees only when said of the same thing: "twice" in a match report and "at least
    // twice" in a report on a war are the same number, not the same claim. (The page's own kept copy
    // is no other source.)
    const aboutThis = (mention: ClaimMention) =>
      !self.has(mention.source) && sameTopicWords(wordsOf(mention), pageWords);
    item.agreeing = fewSources(index.claim(key).filter(aboutThis).map(quote), MAX_FIGURE_SOURCES);
    // A range or a vague amount ("dozens of schools") is not contradicted by an exact figure.
    const exact = !claim.approximate && claim.high === undefined;
    item.differing = fewSources(
      (exact ? index.sameThing(item.counts, claim.normalizedUnit) : [])
        .filter((entry) => entry.key !== key)
        .flatMap((entry) => entry.mentions)
        .filter(aboutThis)
        .map(quote),
      MAX_FIGURE_SOURCES,
    );
    item.status =
      item.agreeing.length > 0 ? 'corroborated' : item.differing.length > 0 ? 'contradicted' : 'unmentioned';
  }
  for (const { item } of items.values())
    if (item.kind === 'leader') item.quotes = item.quotes.slice(0, MAX_LEADER_QUOTES);
  return [...items.values()].sort((a, b) => a.at - b.at).map(({ item }) => item);
}
