import { countedThing, nounPhraseOf, PHRASE_ENDS } from './counted';
import { claimKey } from './highlights';
import type { ClaimItem, LeaderItem, PageItem } from './page-items';
import { sentenceAround } from './sentences';
import type { Analysis, NumericClaim } from './types';

/** Where one mention of an item is in the page's text, and which of the item's sentences holds it. */
export interface PageMention {
  /** Offset of the mention's first character in the analysed text: the highlight's span start. */
  start: number;
  /** Index into the item's `sentences`. */
  sentence: number;
}

/** What the page itself says about a leader, whatever the sources know. */
export interface LeaderPageContext {
  /** The offices the page gives them, as it writes them, in order of first use. */
  offices: string[];
  /** The page's sentences that name them, in order, each once. */
  sentences: string[];
  mentionsAt: PageMention[];
}

/** Another figure of the page for the same thing ("14 people" killed, where this one says 12). */
export interface PageFigure {
  key: string;
  text: string;
  sentence: string;
}

/** What the page itself says about a figure. */
export interface ClaimPageContext {
  /** The page's sentences that give this figure, in order, each once. */
  sentences: string[];
  mentionsAt: PageMention[];
  /** The page's other figures for the same thing: a difference within the page. */
  differing: PageFigure[];
}

/** Most sentences kept per item: enough to read on, bounded for a long article's message. */
const MAX_SENTENCES = 30;
/** Words either side of a figure that say what happened to it ("were killed", "rose to"). */
const WINDOW_WORDS = 5;

// prettier-ignore
const DETERMINERS = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'this', 'that', 'these', 'those', 'some', 'all',
  'new', 'more', 'than', 'about', 'nearly', 'almost', 'around', 'roughly', 'another', 'extra', 'additional',
]);
/** Words of time: "3% last year" says when, not what. */
// prettier-ignore
const TIME_WORDS = new Set([
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'quarter', 'quarters', 'decade', 'annually',
  'ago', 'today', 'yesterday', 'monthly', 'yearly', 'a', 'an', 'per', 'earlier', 'later', 'previously', 'so',
  'far', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
/**
 * A noun (and perhaps where: "in the valley"), then a verb that links it to the figure after it
 * ("unemployment in the valley rose to 5%"): the noun is captured.
 */
const LINKING_BEFORE =
  /(?:^|[\s(])([\p{L}][\p{L}'’-]*)(?:\s+(?:in|of|at|for|across|among)\s+(?:the\s+)?[\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*)?)?\s+(?:(?:has|have|had|is|are|was|were)\s+)?(?:(?:is|are|was|were)\s+(?:expected|set|likely|projected|forecast|on\s+track)\s+to\s+|(?:will|would|could|may|might)\s+)?(?:rise|rose|rises|risen|fall|fell|falls|fallen|grow|grew|grows|grown|climb|climbed|climbs|drop|dropped|drops|jump|jumped|jumps|increased|increases|decreased|decreases|declined|declines|reach|reached|reaches|hit|hits|stood|stands|total|totalled|totaled|totals|worth|valued|priced|sold|sells|cost|costs|of)\s*(?:to|by|at|for|from|up\s+to|nearly|almost|about|around|some|only|just)?\s*$/u;
/** A verb of change, its object, then "by" and the figure: "raised spending by $300 billion" counts "spending". */
const CHANGED_BY =
  /\b(?:raise[sd]?|raising|cut|cuts|cutting|reduce[sd]?|reducing|increase[sd]?|increasing|boost(?:s|ed)?|lower(?:s|ed)?|add(?:s|ed)?)\s+(?:the\s+|its\s+|their\s+)?([\p{Ll}][\p{L}'’-]*(?:\s+[\p{Ll}][\p{L}'’-]*)?)\s+by\s+(?:an?\s+)?(?:additional\s+|extra\s+|further\s+)?(?:about\s+|nearly\s+|some\s+|roughly\s+|almost\s+)?$/u;

// prettier-ignore
const WINDOW_STOP = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'by', 'for', 'and', 'or', 'but', 'with', 'from', 'as', 'that',
  'this', 'was', 'were', 'is', 'are', 'be', 'been', 'had', 'has', 'have', 'it', 'its', 'their', 'they', 'said',
  'says', 'than', 'more', 'least', 'some', 'about', 'nearly', 'almost', 'over', 'under', 'up', 'down', 'people',
  'who', 'which', 'when', 'after', 'before', 'also', 'only', 'just', 'another', 'other', 'least', 'most',
  // Number words belong to figures, not to what happened to them.
  'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'trillion',
  'trillions', 'percent', 'dozen', 'dozens', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
  'nine', 'ten', 'half',
]);

const isMoneyOrShare = (normalizedUnit: string) =>
  normalizedUnit === '%' || /^[A-Z]{3}$/.test(normalizedUnit);

/** The noun phrase `words` open, leading determiners and words of time left out (`nounPhraseOf`). */
const nounPhrase = (words: readonly string[]): string =>
  nounPhraseOf(
    words,
    (lower) => DETERMINERS.has(lower),
    (lower) => TIME_WORDS.has(lower),
  );

const NOUN_PHRASE_START = /^(?:the|a|an|its|their|his|her|our|this|that|these|those)$/i;

/**
 * Whether a noun after `prefix` heads the subject: it opens the clause, or follows a determiner with
 * at most two words between ("the total public debt"). A noun deep in a longer subject ("grants to
 * students from low-income families ... total $30 billion") is not what the figure counts.
 */
function startsNounPhrase(prefix: string): boolean {
  const clause = prefix.split(/[,;:—–(]/u).at(-1) ?? '';
  const words = clause.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const determiner = words.slice(-3).findIndex((word) => NOUN_PHRASE_START.test(word));
  return (
    determiner >= 0 &&
    words
      .slice(-3)
      .slice(determiner + 1)
      .every((word) => /^[\p{Ll}\p{N}-]+$/u.test(word))
  );
}

/** A capitalised first word of a sentence is not a name: "Unemployment rose" counts "unemployment". */
function lowerFirst(phrase: string, atSentenceStart: boolean): string {
  if (!atSentenceStart || !/^\p{Lu}\p{Ll}/u.test(phrase)) return phrase;
  return phrase[0].toLowerCase() + phrase.slice(1);
}

/**
 * What a figure counts or measures, in the page's words. The analysis's counted noun or measured
 * thing first ("22 million tonnes of grain" -> "grain"); for a sum of money or a percentage, which
 * have none, the noun phrase the sentence attaches to it: after it ("$360 billion of Chinese goods",
 * "a 25% tariff"), else the subject of a verb of change or worth before it ("unemployment rose to 5%",
 * "the deal is worth $5 billion"). Empty when the sentence does not say.
 */
export function whatItCounts(
  text: string,
  claim: Pick<NumericClaim, 'start' | 'end' | 'text' | 'unit' | 'normalizedUnit'>,
): string {
  const counted = countedThing(text, claim);
  if (!isMoneyOrShare(claim.normalizedUnit)) return counted;
  // The analysis's phrase, cut where a verb or adverb takes over ("of the eligible population must ...").
  if (counted && counted !== claim.unit) return nounPhrase(counted.split(/\s+/)) || counted;
  // A sum the claim runs on to its noun ("a $5 billion deal", "£1,000 fine"): that noun is what it is.
  const ownNoun =
    /\d[\d.,]*(?:\s+(?:million|billion|trillion|thousand|bn|m))?\s+(?!(?:million|billion|trillion|thousand|bn|m)$)(\p{Ll}[\p{L}-]*)$/u.exec(
      claim.text,
    );
  if (ownNoun) return ownNoun[1];
  const after = text.slice(claim.end, claim.end + 120).split(/[.,;:!?()\n"“”]/u, 1)[0];
  const words = after.trim().split(/\s+/).filter(Boolean);
  // "$360 billion of/in/on/for/worth of Chinese goods".
  const linked = /^(?:of|in|on|for|worth)$/i.test(words[0] ?? '')
    ? nounPhrase(words.slice(/^worth$/i.test(words[0]) && /^of$/i.test(words[1] ?? '') ? 2 : 1))
    : '';
  if (linked) return linked;
  // "Unemployment rose to 5.2%", "inflation of 4.8%", "the deal is worth $5 billion".
  const lineStart = Math.max(text.lastIndexOf('\n', claim.start - 1) + 1, claim.start - 120);
  const before =
    text
      .slice(lineStart, claim.start)
      .split(/[.;:!?"“”]\s/u)
      .at(-1) ?? '';
  const changed = CHANGED_BY.exec(before);
  if (changed) return changed[1];
  const subject = LINKING_BEFORE.exec(before);
  if (subject && startsNounPhrase(before.slice(0, subject.index + subject[0].indexOf(subject[1])))) {
    const phrase = nounPhrase(subject[1].split(/\s+/));
    if (phrase) return lowerFirst(phrase, before.trimStart().startsWith(subject[1]));
  }
  // "a 25% tariff", "a $5 billion deal", a headline's "£1,000 fine for ...": after an article, or a sum
  // at the start of a clause, the figure qualifies the noun that follows. A share that opens a clause
  // is its subject: "Fifty-one percent say ...".
  const opensClause = before.trim() === '' && claim.normalizedUnit !== '%';
  if (/(?:^|\s)(?:a|an|the|its|their|this|that)\s+$/i.test(before) || opensClause) {
    const qualified = nounPhrase(words.slice(0, 1));
    if (/^\p{Ll}/u.test(qualified)) return qualified;
  }
  return '';
}

/** A figure as its sentence sets it: what it may be compared on with another figure of the page. */
interface FigureSetting {
  /** Content words around the figure: what the sentence says happened to it ("killed"). */
  words: Set<string>;
  /** Names around it, not the sentence's first word: whose or where the figure is ("Spain", "Gwangju"). */
  names: string;
  sentence: string;
  /** Reported ("officials said") or an estimate ("at least"): the kind of figure a later report revises. */
  revisable: boolean;
  /** What a rate is per ("550 patients a day", "6Tb per square inch"), or '' for a count. */
  rate: string;
}

/** Where a clause ends; not the comma or dot inside a number ("467,000", "1.6"). */
const CLAUSE_BREAK = /[.;:!?](?=\s|$)|,\s|\n|[()—–]/u;
const REPORTED = /\b(?:said|says|according to|reported|told|announced|confirmed|estimated|estimates)\b/i;
const ESTIMATE =
  /^(?:at least|about|more than|nearly|some|up to|around|approximately|roughly|over|almost)\b/i;
const RATE = /^\s*(?:(?:a|an|per|each)\s+(day|week|month|year|hour|minute|night)\b|per\s+(\p{L}+))/iu;
// The same, inside a claim that carries its own rate ("300 patients a day" is one claim).
const RATE_IN_CLAIM = /\s(?:(?:a|an|per|each)\s+(day|week|month|year|hour|minute|night)|per\s+(\p{L}+))$/iu;

const isCommonWord = (word: string) => {
  const lower = word.toLowerCase();
  return (
    WINDOW_STOP.has(lower) ||
    PHRASE_ENDS.has(lower) ||
    DETERMINERS.has(lower) ||
    TIME_WORDS.has(lower) ||
    /ly$/.test(lower)
  );
};

function settingOf(text: string, claim: NumericClaim): FigureSetting {
  const sentence = sentenceAround(text, claim.start, claim.end);
  const before = text
    .slice(Math.max(0, claim.start - 80), claim.start)
    .split(/[.;!?\n]/u)
    .at(-1)!
    .split(/\s+/)
    .filter(Boolean)
    .slice(-WINDOW_WORDS);
  const afterText = text.slice(claim.end, claim.end + 80).split(/[.;!?\n]/u)[0];
  const after = afterText.split(/\s+/).filter(Boolean).slice(0, WINDOW_WORDS);
  const bare = (word: string) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const window = [...before, ...after].map(bare);
  // Names anywhere in the figure's clause: "The US as a whole has recorded ... about 16,700 deaths".
  const clause = `${text
    .slice(Math.max(0, claim.start - 200), claim.start)
    .split(CLAUSE_BREAK)
    .at(-1)} ${afterText.split(CLAUSE_BREAK)[0]}`;
  const first = /\p{L}[\p{L}'’-]*/u.exec(sentence)?.[0];
  const names = clause
    .split(/\s+/)
    .map(bare)
    .filter((word) => /^\p{Lu}/u.test(word) && !TIME_WORDS.has(word.toLowerCase()))
    // The sentence's first word is capitalised anyway: a name only if it is not a common word ("The", "Later").
    .filter((word) => word !== first || !isCommonWord(word));
  return {
    words: new Set(
      window.map((word) => word.toLowerCase()).filter((word) => word.length >= 3 && !WINDOW_STOP.has(word)),
    ),
    names: [...new Set(names)].sort().join(' '),
    sentence,
    revisable: REPORTED.test(sentence) || ESTIMATE.test(claim.text),
    rate: (
      (RATE_IN_CLAIM.exec(claim.text) ?? RATE.exec(afterText))?.slice(1).find(Boolean) ?? ''
    ).toLowerCase(),
  };
}

/**
 * Whether two figures that count the same thing in the same unit give it for the same event: in two
 * sentences (figures side by side in one sentence are of different things), with the same names around
 * them (not Spain's cases beside the US's), both counts or both rates of one period, sharing what
 * happened ("killed"), and at least one reported or estimated, as a toll that a later report revises is.
 */
function sameEvent(a: FigureSetting, b: FigureSetting, counted: ReadonlySet<string>): boolean {
  if (a.sentence === b.sentence || a.names !== b.names || a.rate !== b.rate) return false;
  if (!a.revisable && !b.revisable) return false;
  return [...a.words].some((word) => !counted.has(word) && b.words.has(word));
}

/** Sentences of a list of mentions, each once in order, and which one holds each mention. */
function sentencesOf(
  text: string,
  mentions: readonly { start: number; end: number }[],
): Pick<LeaderPageContext, 'sentences' | 'mentionsAt'> {
  const sentences: string[] = [];
  const mentionsAt: PageMention[] = [];
  for (const { start, end } of mentions) {
    const sentence = sentenceAround(text, start, end);
    let at = sentences.indexOf(sentence);
    if (at < 0 && sentences.length < MAX_SENTENCES) at = sentences.push(sentence) - 1;
    if (at >= 0) mentionsAt.push({ start, sentence: at });
  }
  return { sentences, mentionsAt };
}

/** The leader's page context: offices as the page writes them and the sentences that name them. */
export function leaderContext(text: string, mentions: Analysis['leaders']): LeaderPageContext {
  const offices: string[] = [];
  for (const { role } of mentions)
    if (role && !offices.some((office) => office.toLowerCase() === role.toLowerCase())) offices.push(role);
  return { offices, ...sentencesOf(text, mentions) };
}

/**
 * Each figure's page context: its sentences, and the page's other figures for the same thing: the same
 * counted thing in the same unit, given for the same event (`sameEvent`: "at least 12 people were
 * killed", officials said ... "14 people were killed").
 */
export function claimContexts(
  text: string,
  claims: Analysis['claims'],
): Map<string, ClaimPageContext & { counts: string }> {
  const byKey = new Map<string, NumericClaim[]>();
  for (const claim of claims) {
    const key = claimKey(claim.value, claim.normalizedUnit, claim);
    byKey.set(key, [...(byKey.get(key) ?? []), claim]);
  }
  const facts = [...byKey].map(([key, mentions]) => ({
    key,
    mentions,
    counts: whatItCounts(text, mentions[0]),
    unit: mentions[0].normalizedUnit,
    settings: mentions.map((m) => settingOf(text, m)),
  }));
  const contexts = new Map<string, ClaimPageContext & { counts: string }>();
  for (const fact of facts) {
    const counts = fact.counts.toLowerCase();
    const counted = new Set(counts.split(/\s+/));
    const differing: PageFigure[] = [];
    if (counts)
      for (const other of facts) {
        if (other === fact || other.unit !== fact.unit || other.counts.toLowerCase() !== counts) continue;
        const at = other.settings.findIndex((theirs) =>
          fact.settings.some((mine) => sameEvent(mine, theirs, counted)),
        );
        if (at < 0) continue;
        differing.push({
          key: other.key,
          text: other.mentions[at].text,
          sentence: other.settings[at].sentence,
        });
      }
    contexts.set(fact.key, {
      counts: fact.counts,
      ...sentencesOf(text, fact.mentions),
      differing,
    });
  }
  return contexts;
}

/**
 * Adds to each item what the page itself says: a leader's offices and sentences, a figure's sentences,
 * what it counts when the analysis named nothing (money, percentages) and the page's other figures
 * for the same thing. Pure; `items` are those `describePage` made from the same text and analysis.
 */
export function withPageContext(text: string, analysis: Analysis, items: readonly PageItem[]): PageItem[] {
  const byName = new Map<string, Analysis['leaders']>();
  for (const leader of analysis.leaders)
    byName.set(leader.name, [...(byName.get(leader.name) ?? []), leader]);
  const claims = claimContexts(text, analysis.claims);
  return items.map((item): PageItem => {
    if (item.kind === 'leader') {
      const page = leaderContext(text, byName.get(item.key) ?? []);
      return { ...item, page } satisfies LeaderItem;
    }
    const found = claims.get(item.key);
    if (!found) return item;
    const { counts, ...page } = found;
    // The analysis's counted noun, or for money and percentages the page's words around them.
    return { ...item, counts, page } satisfies ClaimItem;
  });
}
