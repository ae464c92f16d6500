/**
 * What is not a claim though it holds a number: dates, years, times of day, labels ("page 5"),
 * debt instruments named by their term, nicknames ("the Three Amigos"), and "one" in idioms or as a pronoun.
 */
import { isCapitalized, lower, near, startsSentence, type Token } from './tokens';
import { looksPlural } from './units';
import type { NumberPhrase } from './claim-number';
import type { TaggedTerm } from './tagger';
import { numberWordValue } from './numbers';

export const MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);
const TIME_WORDS = new Set([
  'a.m.',
  'p.m.',
  'am',
  'pm',
  'gmt',
  'utc',
  'bst',
  'est',
  'edt',
  'cet',
  'cest',
  "o'clock",
  'o’clock',
  'hrs',
]);
// Words after which a bare four-digit number is a year ("in 2014", "since 2015").
const YEAR_CONTEXT = new Set([
  'in',
  'since',
  'by',
  'until',
  'till',
  'from',
  'of',
  'before',
  'after',
  'during',
  'to',
  'through',
  'between',
  'and',
  'early',
  'late',
  'mid',
  'year',
  'summer',
  'winter',
  'spring',
  'autumn',
  'fall',
  'around',
  'circa',
  'c.',
  'the',
]);
// Words that make the number that follows a label, not a quantity ("page 5", "No 10").
const LABEL_WORDS = new Set([
  'no',
  'number',
  'page',
  'pages',
  'p',
  'pp',
  'room',
  'flight',
  'route',
  'highway',
  'article',
  'section',
  'chapter',
  'level',
  'phase',
  'stage',
  'category',
  'gate',
  'terminal',
  'platform',
  'channel',
  'episode',
  'season',
  'volume',
  'vol',
  'grade',
  'act',
  'resolution',
  'version',
  'rule',
  'paragraph',
  'line',
  'item',
  'code',
  'tel',
  'phone',
  'ext',
]);
export const PRONOUN_ONE_BEFORE = new Set([
  'no',
  'the',
  'this',
  'that',
  'every',
  'any',
  'each',
  'which',
  'such',
  'last',
  'another',
  'someone',
]);

// A casualty is counted whatever the sentence opens with: "One person was killed".
const CASUALTY = /^\s+(?:\w+\s+){0,2}(?:killed|died|dead|injured|hurt|wounded|missing|shot)\b/i;
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'wrote', 'asked', 'explained', 'recalled']);

// Nouns that "one" makes an idiom of rather than a count: "one day it did", "one way or the other".
const ONE_IDIOMS = new Set([
  'day',
  'way',
  'thing',
  'reason',
  'time',
  'side',
  'hand',
  'point',
  'moment',
  'chapter',
  'step',
  'example',
]);

/**
 * "one" that counts nothing: an idiom ("one day", "one reason"), "one ... after another", or the
 * pronoun before a verb ("one needs", "the middle one shows": a count of one takes no plural).
 * "At least one civilian" (a qualifier) still counts.
 */
export function isIdiomaticOne(
  text: string,
  tokens: Token[],
  phrase: NumberPhrase,
  head: { text: string; end: number },
  terms: readonly TaggedTerm[] = [],
): boolean {
  if (phrase.first !== phrase.after - 1) return false;
  // "One group of organizers ...", "One drug used ...": a sentence that opens on "One" picks one
  // of several out (unless it counts a casualty), and "said one resident" names a speaker.
  const one = tokens[phrase.first];
  if (one.text === 'One' && startsSentence(tokens, phrase.first)) {
    // "One victim was shot ... while the second victim ...": "the second" or "the other" later in the
    // sentence says the group was counted before, so even a casualty is picked out, not counted.
    const sentence = text.slice(head.end, head.end + 300).split(/[.!?](?:\s|$)/)[0];
    if (!CASUALTY.test(text.slice(head.end, head.end + 30)) || /\bthe (?:second|other)\b/i.test(sentence))
      return true;
  }
  if (SPEECH_VERBS.has(lower(tokens[phrase.first - 1]))) return true;
  const noun = head.text.toLowerCase();
  if (ONE_IDIOMS.has(noun) || looksPlural(noun)) return true;
  // "one long chapter", "one final stand": "one" before a describing adjective is the idiom
  // ("a single, remarkable ..."), not a count.
  const between = terms.filter((t) => t.start < head.end - head.text.length);
  if (between.length > 0 && between.every((t) => t.tags.has('Adjective') && !t.tags.has('Noun'))) return true;
  return /^\s+(?:after|over|or|to|from)\s+(?:another|the other)\b/i.test(text.slice(head.end, head.end + 24));
}

// Debt instruments named by their term: "the 10-year Treasury note", "two-year gilts", "the 30-year yield".
// Also maturities of traded metals and contracts: "three-month copper", "the three-month Libor rate".
const INSTRUMENTS =
  /^(?:treasury|treasuries|notes?|bonds?|bills?|gilts?|bunds?|yields?|copper|aluminium|aluminum|zinc|nickel|tin|lead|futures|contracts?|libor|euribor|sofr|swaps?|paper|deposits?)$/i;

/**
 * True when a term ("10-year", "three-month") names a debt instrument at token `k` after it, maybe
 * after one word such as "Treasury" or "government": the name of a security, not a stated period.
 */
export function isInstrumentTerm(text: string, tokens: Token[], k: number, measure: string): boolean {
  if (!/^(?:year|month|week)s?$/i.test(measure)) return false;
  for (let n = 0; n < 2; n++) {
    const token = tokens[k + n];
    if (!token || !near(text, tokens[k + n - 1], token) || token.kind !== 'word') return false;
    if (INSTRUMENTS.test(token.text)) return true;
    if (!isCapitalized(token) && !/^(?:government|benchmark)$/i.test(token.text)) return false;
  }
  return false;
}

/** A day of a month ("July 20", "20 July"), or a time of day ("6:45 p.m.", "10 pm"). */
export function isDateOrTime(
  text: string,
  tokens: Token[],
  first: number,
  after: number,
  value: number,
): boolean {
  // "Oct. 21": the abbreviation's dot is a token of its own.
  const prev = (
    tokens[first - 1]?.text === '.' && MONTHS.has(lower(tokens[first - 2]))
      ? lower(tokens[first - 2])
      : lower(tokens[first - 1])
  ).replace(/\.$/, '');
  const next = lower(tokens[after]).replace(/\.$/, '');
  if (Number.isInteger(value) && value >= 1 && value <= 31 && (MONTHS.has(prev) || MONTHS.has(next)))
    return true;
  if (TIME_WORDS.has(lower(tokens[after]))) return true;
  if (next === 'of' && MONTHS.has(lower(tokens[after + 1]))) return true; // "the 5 of May"
  return false;
}

export function isLabel(tokens: Token[], i: number, first: number): boolean {
  // "Oct. 21": the abbreviation's dot is a token of its own.
  const prev = (
    tokens[first - 1]?.text === '.' && MONTHS.has(lower(tokens[first - 2]))
      ? lower(tokens[first - 2])
      : lower(tokens[first - 1])
  ).replace(/\.$/, '');
  return first === i && (LABEL_WORDS.has(prev) || tokens[i - 1]?.text === '#');
}

/** A four-digit number used as a year: after "in", "since", a month, or at the start of a sentence. */
export function isYearUse(tokens: Token[], phrase: NumberPhrase): boolean {
  const prev = lower(tokens[phrase.first - 1]);
  return YEAR_CONTEXT.has(prev) || MONTHS.has(prev) || prev === ',' || startsSentence(tokens, phrase.first);
}

// Plural events a year names rather than counts: "raising 2016 elections", "the 2008 Olympics".
const YEAR_EVENTS =
  /^(?:elections|games|olympics|playoffs|primaries|midterms|polls|protests|riots|attacks|floods|fires|talks|negotiations|finals|championships|uprisings|wildfires|hurricanes)$/i;

/** True when a year-like number names the year of the plural events after it ("2016 elections"). */
export function isYearOfEvents(noun: string): boolean {
  return YEAR_EVENTS.test(noun);
}

/**
 * Nicknames made of a number word and a noun, written as a name: "the Three Amigos", 'the "Three
 * Amigos"'. A capitalised number word after "the" or an opening quote,
 * then a capitalised word, then a word in lower case or a stop (in a headline in title case the next
 * word is capitalised too, so "Crash Kills Three People In Texas" is not one). Returned lower-cased,
 * so that the text's later "the three amigos" is known as the same name.
 */
export function nicknames(tokens: Token[]): Set<string> {
  const names = new Set<string>();
  for (let i = 1; i + 1 < tokens.length; i++) {
    const number = tokens[i];
    if (!isCapitalized(number) || numberWordValue(number.text) === undefined) continue;
    const before = tokens[i - 1];
    if (!/^(?:the|[“"‘'])$/i.test(before.text)) continue;
    const noun = tokens[i + 1];
    if (!isCapitalized(noun) || !/\p{Ll}/u.test(noun.text)) continue;
    const after = tokens[i + 2];
    if (after && (isCapitalized(after) || after.kind === 'number')) continue;
    names.add(`${lower(number)} ${lower(noun)}`);
  }
  return names;
}
