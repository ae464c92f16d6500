/** Scoring of analysis spans against hand annotations (tests/fixtures/gold/README.md explains the format). */

export interface Span {
  start: number;
  end: number;
}

export interface GoldFile {
  id: string;
  source: string;
  text_sha256: string;
  persons: { text: string; canonical: string; leader: boolean; role: string }[];
  claims: { text: string; value: number; unit: string; high?: number; approximate?: boolean }[];
  outlet?: string;
  topic?: string;
  /** The story was cut after its first ~9,000 characters of whole paragraphs. */
  truncated?: boolean;
  /** Where the page was published (the third round's articles, from the article-extraction-benchmark set). */
  url?: string;
}

/** Match counts of predicted against gold spans; `metrics` turns them into precision, recall and F1. */
export interface Counts {
  predicted: number;
  gold: number;
  /** Predicted spans that overlap a gold span, one to one. */
  matched: number;
  /** Predicted spans with exactly the start and end of a gold span. */
  exact: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Places gold mentions in the text: the n-th mention of a list is the next occurrence of its text,
 * at word boundaries, after the previous mention of the same list. Throws if one cannot be found.
 */
export function locateGold(text: string, mentions: readonly { text: string }[]): Span[] {
  const spans: Span[] = [];
  let cursor = 0;
  for (const mention of mentions) {
    let at = text.indexOf(mention.text, cursor);
    while (at >= 0 && !atWordBoundaries(text, at, at + mention.text.length))
      at = text.indexOf(mention.text, at + 1);
    if (at < 0) throw new Error(`gold mention "${mention.text}" not found after offset ${cursor}`);
    spans.push({ start: at, end: at + mention.text.length });
    cursor = at + mention.text.length;
  }
  return spans;
}

function atWordBoundaries(text: string, start: number, end: number): boolean {
  return !WORD_CHAR.test(text[start - 1] ?? '') && !WORD_CHAR.test(text[end] ?? '');
}

/** Counts one-to-one matches between predicted and gold spans, in text order. */
function countMatches(
  predicted: readonly Span[],
  gold: readonly Span[],
  same: (a: Span, b: Span) => boolean,
): number {
  const used = new Set<number>();
  let matches = 0;
  for (const p of predicted) {
    const g = gold.findIndex((candidate, i) => !used.has(i) && same(p, candidate));
    if (g >= 0) {
      used.add(g);
      matches++;
    }
  }
  return matches;
}

/** True when two spans share at least one character. */
export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const equal = (a: Span, b: Span) => a.start === b.start && a.end === b.end;

function f1(matched: number, predicted: number, gold: number): number {
  return predicted + gold ? (2 * matched) / (predicted + gold) : 1;
}

/** Counts matches: overlapping spans, and exactly equal spans, each matched at most once. */
export function count(predicted: readonly Span[], gold: readonly Span[]): Counts {
  return {
    predicted: predicted.length,
    gold: gold.length,
    matched: countMatches(predicted, gold, overlaps),
    exact: countMatches(predicted, gold, equal),
  };
}

/** Sums each of `keys` over several documents (micro-average). */
function addUp<K extends string>(all: readonly Record<K, number>[], keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, all.reduce((n, c) => n + c[k], 0)])) as Record<K, number>;
}

/** Adds up counts over several documents (micro-average). */
export function addCounts(all: readonly Counts[]): Counts {
  return addUp(all, ['predicted', 'gold', 'matched', 'exact']);
}

/**
 * Precision (`right` of `predicted`) and recall (`found` of `gold`); with nothing predicted, precision is 1 only
 * when there was nothing to find, and with nothing to find, recall is 1.
 */
function precisionRecall(right: number, predicted: number, found: number, gold: number) {
  return { precision: predicted ? right / predicted : gold ? 0 : 1, recall: gold ? found / gold : 1 };
}

/** Precision, recall and F1 with overlap as a match, and exact-span F1 beside them. */
export function metrics(c: Counts): { precision: number; recall: number; f1: number; exactF1: number } {
  return {
    ...precisionRecall(c.matched, c.predicted, c.matched, c.gold),
    f1: f1(c.matched, c.predicted, c.gold),
    exactF1: f1(c.exact, c.predicted, c.gold),
  };
}

/** A leader mention with the person it belongs to (gold: its canonical name; analysis: `name`). */
export interface NamedSpan extends Span {
  name: string;
}

/**
 * Person-level leader counts: how many distinct leader persons gold and the analysis have, how many gold
 * persons are found (any of their mentions overlaps a predicted leader mention) and how many predicted
 * persons are right (any of their mentions overlaps a gold leader mention).
 */
export interface PersonCounts {
  predicted: number;
  gold: number;
  /** Gold leader persons with at least one mention the analysis marked as a leader. */
  found: number;
  /** Predicted leader persons with at least one mention gold marks as a leader. */
  right: number;
}

/** Persons by name, each right when any of its spans overlaps one of `others`. */
function personsHit(spans: readonly NamedSpan[], others: readonly Span[]): { persons: number; hit: number } {
  const hit = new Map<string, boolean>();
  for (const s of spans) hit.set(s.name, (hit.get(s.name) ?? false) || others.some((o) => overlaps(s, o)));
  return { persons: hit.size, hit: [...hit.values()].filter(Boolean).length };
}

/** Counts leader persons in one document: a person is the set of mentions that share a name. */
export function countPersons(predicted: readonly NamedSpan[], gold: readonly NamedSpan[]): PersonCounts {
  const ours = personsHit(predicted, gold);
  const theirs = personsHit(gold, predicted);
  return { predicted: ours.persons, gold: theirs.persons, found: theirs.hit, right: ours.hit };
}

/** Adds up person counts over several documents (a person is counted once per document). */
export function addPersonCounts(all: readonly PersonCounts[]): PersonCounts {
  return addUp(all, ['predicted', 'gold', 'found', 'right']);
}

/** Person-level precision (right / predicted), recall (found / gold) and their harmonic mean. */
export function personMetrics(c: PersonCounts): { precision: number; recall: number; f1: number } {
  const { precision, recall } = precisionRecall(c.right, c.predicted, c.found, c.gold);
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
