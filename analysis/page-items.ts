import { countedThing } from './counted';
import {
  sameTopic,
  type ClaimEntry,
  type ClaimMention,
  type Glossary,
  type GlossarySource,
  type LeaderEntry,
} from './glossary';
import { claimKey } from './highlights';
import type { ClaimPageContext, LeaderPageContext } from './page-context';
import { sentenceAround } from './sentences';
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

const normalSentence = (sentence: string) => sentence.replace(/\s+/g, ' ').trim();

/**
 * The sources that are this page: a source whose sentences the page repeats word for word is the same
 * article read on the web, and cannot corroborate itself.
 */
function pageSources(index: GlossaryIndex, pageSentences: readonly string[]): Set<string> {
  const sentences = new Set(pageSentences.map(normalSentence));
  const self = new Set<string>();
  const { claims, leaders } = index.glossary;
  for (const quote of [
    ...claims.flatMap((claim) => claim.mentions),
    ...leaders.flatMap((leader) => leader.quotes),
  ])
    if (sentences.has(normalSentence(quote.sentence))) self.add(quote.source);
  return self;
}

/** The glossary arranged for lookups by the page: built once, used for every analysis. */
export class GlossaryIndex {
  private readonly sources = new Map<string, GlossarySource>();
  private readonly leadersByName = new Map<string, LeaderEntry>();
  private readonly leadersByAlias = new Map<string, LeaderEntry[]>();
  private readonly claimsByKey = new Map<string, ClaimEntry>();
  private readonly claimsByTopic = new Map<string, ClaimEntry[]>();

  constructor(readonly glossary: Glossary) {
    for (const source of glossary.sources) this.sources.set(source.id, source);
    for (const leader of glossary.leaders) {
      this.leadersByName.set(leader.name, leader);
      for (const alias of leader.aliases)
        this.leadersByAlias.set(alias, [...(this.leadersByAlias.get(alias) ?? []), leader]);
    }
    for (const claim of glossary.claims) {
      this.claimsByKey.set(claim.key, claim);
      const topic = `${claim.counts.toLowerCase()}|${claim.normalizedUnit}`;
      if (claim.counts) this.claimsByTopic.set(topic, [...(this.claimsByTopic.get(topic) ?? []), claim]);
    }
  }

  source(id: string): GlossarySource {
    return this.sources.get(id) ?? { id, label: id };
  }

  /** The glossary's leader by canonical name, else by a name the sources use for one leader only. */
  leader(name: string, writtenAs: readonly string[]): LeaderEntry | undefined {
    const exact = this.leadersByName.get(name);
    if (exact) return exact;
    for (const alias of [name, ...writtenAs]) {
      const found = this.leadersByAlias.get(alias);
      if (found?.length === 1) return found[0];
    }
    return undefined;
  }

  claim(key: string): ClaimEntry | undefined {
    return this.claimsByKey.get(key);
  }

  /** Figures the sources give for the same thing in the same unit. */
  sameThing(counts: string, normalizedUnit: string): readonly ClaimEntry[] {
    return counts ? (this.claimsByTopic.get(`${counts.toLowerCase()}|${normalizedUnit}`) ?? []) : [];
  }
}

/**
 * The leaders and numeric claims of a page's text, one item per key in order of first mention, each
 * with the page's own context (role, sentence) and what the bundled sources say. A source the page
 * repeats word for word is the page itself and does not count as another source agreeing.
 */
export function describePage(text: string, analysis: Analysis, index: GlossaryIndex): PageItem[] {
  const items = new Map<string, { at: number; item: PageItem }>();
  for (const mention of analysis.leaders) {
    const id = `leader:${mention.name}`;
    const seen = items.get(id);
    if (seen) {
      seen.item.mentions++;
      if (seen.item.kind === 'leader' && !seen.item.role && mention.role) seen.item.role = mention.role;
      continue;
    }
    const writtenAs = analysis.leaders.filter((m) => m.name === mention.name).map((m) => m.text);
    const entry = index.leader(mention.name, writtenAs);
    items.set(id, {
      at: mention.start,
      item: {
        kind: 'leader',
        key: mention.name,
        name: mention.name,
        role: mention.role,
        mentions: 1,
        sentence: sentenceAround(text, mention.start, mention.end),
        roles: (entry?.roles ?? []).map(({ role, source }) => ({ role, source: index.source(source) })),
        quotes: (entry?.quotes ?? [])
          .slice(0, MAX_LEADER_QUOTES)
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
  const self = pageSources(
    index,
    [...items.values()].map(({ item }) => item.sentence),
  );
  const quote = (mention: ClaimMention): FigureQuote => ({
    text: mention.text,
    sentence: mention.sentence,
    source: index.source(mention.source),
  });
  for (const { id, key, claim, sentence } of claims) {
    const item = items.get(id)?.item;
    if (item?.kind !== 'claim') continue;
    const other = (mention: ClaimMention) => !self.has(mention.source);
    item.agreeing = (index.claim(key)?.mentions ?? []).filter(other).map(quote);
    // A range or a vague amount ("dozens of schools") is not contradicted by an exact figure.
    const exact = !claim.approximate && claim.high === undefined;
    item.differing = (exact ? index.sameThing(item.counts, claim.normalizedUnit) : [])
      .filter((entry) => entry.key !== key)
      .flatMap((entry) => entry.mentions)
      .filter((mention) => other(mention) && sameTopic(mention.sentence, sentence))
      .map(quote);
    item.status =
      item.agreeing.length > 0 ? 'corroborated' : item.differing.length > 0 ? 'contradicted' : 'unmentioned';
  }
  return [...items.values()].sort((a, b) => a.at - b.at).map(({ item }) => item);
}
