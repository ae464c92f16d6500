import { tagWindows, type TaggedTerm } from './tagger';
import { combineNumberWords, decimalValue, numberWordValue, scaleExponent } from './numbers';
import { isCapitalized, onlySpacesBetween, tokenize, type Token } from './tokens';
import type { NumericClaim } from './types';
import { ATTACHED_UNITS, CURRENCY_PREFIXES, CURRENCY_SIGNS, looksPlural, normalizeUnit } from './units';

// Qualifiers that belong to a claim ("at least two civilians"): bounds and approximators. Emphasis
// ("only", "just") and addition ("another", "an additional") say nothing about the amount.
// Sorted longest first, so "well over" wins over "over".
const QUALIFIERS = [
  'at least',
  'at most',
  'more than',
  'less than',
  'fewer than',
  'up to',
  'as many as',
  'as much as',
  'as few as',
  'upwards of',
  'close to',
  'an estimated',
  'nearly',
  'almost',
  'about',
  'around',
  'roughly',
  'approximately',
  'some',
  'over',
  'under',
  'exactly',
  'precisely',
  'near',
  'barely',
  'well over',
  'just over',
  'just under',
]
  .map((q) => q.split(' '))
  .sort((a, b) => b.length - a.length);

const MONTHS = new Set([
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
const PRONOUN_ONE_BEFORE = new Set([
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
// Units joined to a number by a hyphen ("52-year-old", "six-month", "10-mile").
const MEASURE =
  /^(?:year|month|week|day|hour|minute|second|mile|kilometre|kilometer|km|metre|meter|foot|feet|inch|storey|story|member|seat|point|game|mph)s?(?:-(?:old|long|high|wide|tall|deep))?$/i;

/** "six-month" -> ["six-month", "six", "month"] when the first part is a number word and the rest a unit. */
function compoundMeasure(word: string): RegExpMatchArray | undefined {
  const match = word.match(/^([a-z]+)-(.+)$/i);
  return match && numberWordValue(match[1]) !== undefined && MEASURE.test(match[2]) ? match : undefined;
}

const PLURAL_SCALES: Record<string, number> = {
  tens: 10,
  dozens: 12,
  hundreds: 100,
  thousands: 1000,
  millions: 1e6,
  billions: 1e9,
  trillions: 1e12,
};
const TIMES: Record<string, number> = { once: 1, twice: 2, thrice: 3 };
const CURRENCY_WORDS = new Set([
  'dollars',
  'dollar',
  'euros',
  'euro',
  'pounds',
  'yen',
  'rupees',
  'roubles',
  'rubles',
  'yuan',
]);
const SENTENCE_END = new Set(['.', '!', '?', '…']);
// Tags that end the noun phrase after a number.
const PHRASE_STOP = [
  'Verb',
  'Preposition',
  'Conjunction',
  'Determiner',
  'Adverb',
  'Pronoun',
  'Value',
  'QuestionWord',
  'Modal',
  'Negative',
  'WeekDay',
  'Month',
  'Possessive',
];
// Window punctuation that no head noun crosses.
const HARD_STOP = /[.,;:!?()[\]"“”«»—–…\n]/;
const MAX_PHRASE_TOKENS = 7;

/** A number found in the text before its head noun is known. */
interface NumberPhrase {
  /** Index of the first token of the span (qualifier or currency included). */
  first: number;
  /** Index one past the last token of the number itself (digits, words, scale). */
  after: number;
  value: number;
  /** Unit known from the number's own form ("%", "$", "km"), or undefined when a head noun must be found. */
  unit?: { text: string; end: number };
  /** The number is vague ("thousands") and its noun follows "of". */
  viaOf: boolean;
  /** The number could be a year; only a plain head noun makes it a claim. */
  yearLike: boolean;
  /** The number only counts with a head noun after it ("half a ..."). */
  needsHead: boolean;
}

/**
 * Finds numeric claims: quantities about the world with what they count or measure.
 * Dates, years, times, ordinals, labels ("page 5") and numbers in names ("G7") are left out.
 */
export function findNumericClaims(text: string, tokens: Token[] = tokenize(text)): NumericClaim[] {
  const phrases: NumberPhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = readNumberPhrase(text, tokens, i);
    if (!phrase) continue;
    phrases.push(phrase);
    i = phrase.after - 1;
  }

  const needHead = phrases.filter((p) => !p.unit);
  const windows = needHead.map((p) => headWindow(text, tokens, p));
  const tagged = tagWindows(text, windows);

  const claims: NumericClaim[] = [];
  let lastEnd = -1;
  let headIndex = 0;
  for (const [k, phrase] of phrases.entries()) {
    let unit = phrase.unit;
    // The first number of a range belongs to the next phrase ("three to four months").
    const inRange = (phrases[k + 1]?.first ?? Infinity) < phrase.after;
    if (!unit) {
      const terms = tagged[headIndex++];
      if (inRange) continue;
      unit = findHead(terms, phrase.value);
      if (phrase.yearLike && (!unit || isYearUse(tokens, phrase))) continue;
      // A qualified number needs no noun: "less than 100", "near zero".
      if (!unit && phrase.first < phrase.after - 1 && !phrase.viaOf && !phrase.needsHead)
        unit = { text: '', end: tokens[phrase.after - 1].end };
      // "20 of them", "thousands of us": the pronoun stands for the counted noun.
      if (!unit && ofPronoun(text, tokens, phrase)) unit = { text: '', end: tokens[phrase.after - 1].end };
      if (!unit) continue;
    }
    // A price per unit is one claim: "$4.50 a gallon", "99 cents per pound", "$119-a-year".
    if (isMoney(unit.text)) {
      const rate = RATE.exec(text.slice(unit.end, unit.end + 32));
      if (rate) unit = { text: unit.text, end: unit.end + rate[0].length };
    }
    // "four years ago" dates an event; it does not state a quantity.
    if (/^\s+ago\b/i.test(text.slice(unit.end, unit.end + 6))) continue;
    if (!phrase.unit && phrase.value === 1 && isIdiomaticOne(text, tokens, phrase, unit)) continue;
    let start = tokens[phrase.first].start;
    // "$300 billion over two years": after an amount, "over" a duration is the period it spans.
    if (
      lower(tokens[phrase.first]) === 'over' &&
      lastEnd >= 0 &&
      onlySpacesBetween(text, lastEnd, start) &&
      DURATIONS.has(normalizeUnit(unit.text))
    )
      start = tokens[phrase.first + 1].start;
    if (start < lastEnd) continue;
    claims.push({
      start,
      end: unit.end,
      text: text.slice(start, unit.end),
      value: phrase.value,
      unit: unit.text,
      normalizedUnit: normalizeUnit(unit.text),
    });
    lastEnd = unit.end;
  }
  return claims;
}

// What follows a number and a hyphen to make an approximate amount: "40-odd", "$16-something".
const APPROX_SUFFIX = /^(?:something|odd|plus|ish)$/i;
// What a price is per: "$4.50 a gallon", "$90 per share", "$119-a-year".
const RATE_UNITS =
  '(?:pound|lb|kilo|kilogram|kg|ounce|oz|gram|ton|tonne|gallon|litre|liter|barrel|bushel|share|head|' +
  'person|month|year|week|day|hour|night|minute|mile|unit|piece|ticket|dose|seat|household|square (?:foot|feet|metre|meter|mile))';
const RATE = new RegExp(
  `^(?:[ \u00a0]+(?:a|an|per|each)[ \u00a0]+|-(?:a|an|per)-)${RATE_UNITS}(?![\\p{L}\\p{N}-])(?!\\s+(?:ago|earlier|later)\\b)`,
  'iu',
);
const HYPHEN_RATE = new RegExp(`^(?:a|an|per)-${RATE_UNITS}$`, 'i');

/** A unit that is money: a currency sign or code, a currency word, or cents and pence. */
function isMoney(unit: string): boolean {
  const lower = unit.toLowerCase();
  return (
    /^[A-Z]{3}$/.test(normalizeUnit(unit)) || CURRENCY_WORDS.has(lower) || /^(?:cents?|pence|p)$/.test(lower)
  );
}

const OF_PRONOUN = /^\s+of\s+(?:them|us|you|those|these|whom)\b/i;
// Words before "two of them" that make the number point back to a group already counted.
const ANAPHORIC_BEFORE = new Set(['the', 'both', 'all', 'these', 'those', 'its', 'their', 'our', 'your']);

/** A number followed by "of them" (or us, those, whom), not "the two of them". */
function ofPronoun(text: string, tokens: Token[], phrase: NumberPhrase): boolean {
  if (phrase.value === 1 || ANAPHORIC_BEFORE.has(lower(tokens[phrase.first - 1]))) return false;
  return OF_PRONOUN.test(text.slice(tokens[phrase.after - 1].end, tokens[phrase.after - 1].end + 12));
}

// Units of time, as normalizeUnit gives them.
const DURATIONS = new Set(['yr', 'mo', 'wk', 'd', 'h', 'min', 'decade', 'quarter', 'century', 'season']);

// Nouns that "one" makes an idiom of rather than a count: "one day it did", "one way or the other".
const ONE_IDIOMS = new Set(['day', 'way', 'thing', 'reason', 'time', 'side', 'hand', 'point', 'moment']);

/**
 * "one" that counts nothing: an idiom ("one day", "one reason"), "one ... after another", or the
 * pronoun before a verb ("one needs", "the middle one shows": a count of one takes no plural).
 * "At least one civilian" (a qualifier) still counts.
 */
function isIdiomaticOne(
  text: string,
  tokens: Token[],
  phrase: NumberPhrase,
  head: { text: string; end: number },
): boolean {
  if (phrase.first !== phrase.after - 1) return false;
  const noun = head.text.toLowerCase();
  if (ONE_IDIOMS.has(noun) || looksPlural(noun)) return true;
  return /^\s+(?:after|over|or|to|from)\s+(?:another|the other)\b/i.test(text.slice(head.end, head.end + 24));
}

function lower(token: Token | undefined): string {
  return token ? token.text.toLowerCase() : '';
}

function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && a.end === b.start;
}

/** Only one space (or none) between two tokens, and no line break. */
function near(text: string, a: Token | undefined, b: Token | undefined): boolean {
  if (!a || !b) return false;
  const gap = b.start - a.end;
  return gap === 0 || (gap === 1 && (text[a.end] === ' ' || text[a.end] === '\u00a0'));
}

/** Reads the number that starts at token `i`, with its qualifier and currency, or returns undefined. */
function readNumberPhrase(text: string, tokens: Token[], i: number): NumberPhrase | undefined {
  const token = tokens[i];
  const word = lower(token);
  let after = i + 1;
  let value: number;
  let unit: NumberPhrase['unit'];
  let viaOf = false;
  let yearLike = false;
  let needsHead = false;

  if (token.kind === 'number') {
    const hyphen = tokens[i + 1];
    const measure = tokens[i + 2];
    // "52-year-old", "10-day": a number joined to its unit by a hyphen.
    if (
      adjacent(token, hyphen) &&
      hyphen.text === '-' &&
      adjacent(hyphen, measure) &&
      MEASURE.test(measure.text)
    ) {
      if (isInstrumentTerm(text, tokens, i + 3, measure.text)) return undefined;
      return {
        first: qualifierStart(tokens, i),
        after: i + 3,
        value: decimalValue(token.text),
        unit: { text: measure.text, end: measure.end },
        viaOf,
        yearLike,
        needsHead,
      };
    }
    if (!isPlainNumber(text, tokens, i)) return undefined;
    // "40-odd people", "$16-something": a round figure and a bit more, valued at the figure.
    if (tokens[i + 1]?.text === '-' && APPROX_SUFFIX.test(tokens[i + 2]?.text ?? '')) after = i + 3;
    let exponent = 0;
    const next = tokens[i + 1];
    if (adjacent(token, next) && next.kind === 'word') {
      const suffix = next.text.toLowerCase();
      const attachedScale = scaleExponent(suffix, true);
      if (attachedScale !== undefined) {
        exponent = attachedScale;
        after = i + 2;
      } else if (ATTACHED_UNITS.has(suffix)) {
        unit = { text: next.text, end: next.end };
        after = i + 2;
      } else {
        return undefined; // "5G", "3D", "1990s", "2nd", "10am": a name, decade, ordinal or time
      }
    }
    while (exponent === 0 || exponent === 2) {
      const scale = tokens[after];
      const more = near(text, tokens[after - 1], scale) ? scaleExponent(scale.text, false) : undefined;
      if (more === undefined) break;
      exponent += more;
      after++;
    }
    value = decimalValue(token.text, exponent);
    yearLike = exponent === 0 && /^\d{4}$/.test(token.text) && value >= 1000 && value <= 2199;
  } else if (token.kind === 'word') {
    // A capitalised number word inside a sentence names something: "Ninety Mile Beach", "Xbox One".
    if (
      isCapitalized(token) &&
      !startsSentence(tokens, i) &&
      !/\n/.test(text.slice(tokens[i - 1].end, token.start))
    )
      return undefined;
    const fraction = readFraction(text, tokens, i);
    const parts: (number | { multiplier: number })[] = [];
    let j = i;
    if (!fraction && (word === 'a' || word === 'an') && near(text, token, tokens[i + 1])) {
      if (multiplierOf(tokens[i + 1]) === undefined) return undefined;
      parts.push(1);
      j = i + 1;
    }
    for (; j < tokens.length; j++) {
      const t = tokens[j];
      if (j > i && !near(text, tokens[j - 1], t)) break;
      const small = numberWordValue(t.text);
      const multiplier = multiplierOf(t);
      if (small !== undefined && typeof parts[parts.length - 1] !== 'number') parts.push(small);
      else if (multiplier !== undefined && parts.length > 0) parts.push({ multiplier });
      else if (
        lower(t) === 'and' &&
        parts.length > 0 &&
        numberWordValue(tokens[j + 1]?.text ?? '') !== undefined
      )
        continue;
      else break;
    }
    if (fraction) {
      ({ value, after, unit } = fraction);
      needsHead = !unit;
    } else if (parts.length > 0) {
      if (lower(tokens[j - 1]) === 'and') j--;
      after = j;
      value = combineNumberWords(parts);
      // "two and a half years", "one and a half million".
      if (
        ['and', 'a', 'half'].every(
          (w, k) => lower(tokens[after + k]) === w && near(text, tokens[after + k - 1], tokens[after + k]),
        )
      ) {
        value += 0.5;
        after += 3;
        const multiplier = near(text, tokens[after - 1], tokens[after])
          ? multiplierOf(tokens[after])
          : undefined;
        if (multiplier !== undefined && multiplier >= 1000) {
          value *= multiplier;
          after++;
        }
      }
      if (word === 'one' && (PRONOUN_ONE_BEFORE.has(lower(tokens[i - 1])) || lower(tokens[i + 1]) === 'of'))
        return undefined;
    } else if (Object.hasOwn(PLURAL_SCALES, word)) {
      // "thousands of people", "tens of thousands", "billions": vague, valued at the scale's floor.
      value = PLURAL_SCALES[word];
      const scale = lower(tokens[i + 2]);
      if (lower(tokens[i + 1]) === 'of' && Object.hasOwn(PLURAL_SCALES, scale) && scale !== word) {
        value *= PLURAL_SCALES[scale];
        after = i + 3;
      }
      viaOf = lower(tokens[after]) === 'of';
      if (!viaOf) unit = { text: '', end: tokens[after - 1].end };
    } else if (compoundMeasure(token.text)) {
      const [, number, measure] = compoundMeasure(token.text) ?? [];
      if (isInstrumentTerm(text, tokens, i + 1, measure)) return undefined;
      value = numberWordValue(number) ?? 0;
      unit = { text: measure, end: token.end };
    } else if (Object.hasOwn(TIMES, word)) {
      // "twice" counts times by itself; "once" is a quantity only with a qualifier ("at least once").
      if (word === 'once' && qualifierStart(tokens, i) === i) return undefined;
      value = TIMES[word];
      unit = { text: 'times', end: token.end };
    } else return undefined;
  } else return undefined;

  let first = i;
  // Currency before the number: "$3", "US$ 5", "£22bn".
  const sign = tokens[i - 1];
  if (sign && CURRENCY_SIGNS.has(sign.text) && near(text, sign, token)) {
    first = i - 1;
    const prefix = tokens[i - 2];
    if (prefix && adjacent(prefix, sign) && CURRENCY_PREFIXES.has(prefix.text)) first = i - 2;
    unit = { text: text.slice(tokens[first].start, sign.end), end: tokens[after - 1].end };
  }

  const last = tokens[after - 1];
  const next = tokens[after];
  if (!unit && next && near(text, last, next)) {
    const nextWord = lower(next);
    if (next.text === '%') {
      unit = { text: '%', end: next.end };
      after++;
    } else if (nextWord === 'percent' || nextWord === 'pct') {
      unit = { text: next.text, end: next.end };
      after++;
    } else if (nextWord === 'per' && lower(tokens[after + 1]) === 'cent') {
      unit = { text: text.slice(next.start, tokens[after + 1].end), end: tokens[after + 1].end };
      after += 2;
    } else if (nextWord === 'percentage' && /^points?$/.test(lower(tokens[after + 1]))) {
      unit = { text: text.slice(next.start, tokens[after + 1].end), end: tokens[after + 1].end };
      after += 2;
    } else if (CURRENCY_WORDS.has(nextWord)) {
      unit = { text: next.text, end: next.end };
      after++;
    }
  }

  if (!Number.isFinite(value) || isDateOrTime(text, tokens, i, after, value)) return undefined;
  if (!unit && isLabel(tokens, i, first)) return undefined;
  // The qualifier comes before a currency sign too ("nearly $1 trillion"), and before the first
  // number of a range ("between 400 and 600 breaks", "four or five buyers").
  first = qualifierStart(tokens, rangeStart(text, tokens, first));
  return { first, after, value, unit, viaOf, yearLike, needsHead };
}

// Denominators of spelled-out fractions ("two-thirds", "a quarter of", "one-tenth").
const DENOMINATORS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
  hundredth: 100,
  hundredths: 100,
};

/** The numerator of a fraction: a number word, or "a"/"an" for one. */
function numeratorOf(word: string): number | undefined {
  const w = word.toLowerCase();
  return w === 'a' || w === 'an' ? 1 : numberWordValue(w);
}

/**
 * A fraction that starts at token `i`: "two-thirds", "a quarter of ...", "one third of ...",
 * "half a percentage point", "half a million", or "half" after a bound ("more than half").
 * The fraction is its own unit, except for "half a ...", whose noun still has to be found.
 */
function readFraction(
  text: string,
  tokens: Token[],
  i: number,
): { value: number; after: number; unit?: { text: string; end: number } } | undefined {
  const token = tokens[i];
  const word = lower(token);
  const next = tokens[i + 1];
  // Most words are no fraction: only a hyphenated word, "half", or a word before a denominator can be.
  const denominator = lower(next);
  if (!word.includes('-') && word !== 'half' && !Object.hasOwn(DENOMINATORS, denominator)) return undefined;
  // "two-thirds", "one-tenth": one hyphenated word.
  const hyphenated = /^([a-z]+)-([a-z]+)$/.exec(word);
  if (hyphenated && Object.hasOwn(DENOMINATORS, hyphenated[2])) {
    const numerator = numeratorOf(hyphenated[1]);
    if (numerator === undefined) return undefined;
    return {
      value: numerator / DENOMINATORS[hyphenated[2]],
      after: i + 1,
      unit: { text: token.text, end: token.end },
    };
  }
  if (word === 'half') {
    if (
      (lower(next) === 'a' || lower(next) === 'an') &&
      near(text, token, next) &&
      near(text, next, tokens[i + 2])
    ) {
      // "half a million people": a scale; "half a percentage point", "half an hour": a head noun.
      const multiplier = multiplierOf(tokens[i + 2]);
      if (multiplier !== undefined) return { value: multiplier / 2, after: i + 3 };
      return { value: 0.5, after: i + 2 };
    }
    // "more than half", "nearly half of the votes": a bare "half" is a quantity only after a bound.
    if (qualifierStart(tokens, i) < i)
      return { value: 0.5, after: i + 1, unit: { text: token.text, end: token.end } };
    return undefined;
  }
  // "a third of the budget", "one quarter of voters": the fraction is a part of what follows "of".
  const numerator = numeratorOf(word);
  if (
    numerator !== undefined &&
    Object.hasOwn(DENOMINATORS, denominator) &&
    denominator !== 'half' &&
    lower(tokens[i + 2]) === 'of' &&
    near(text, token, next)
  )
    return {
      value: numerator / DENOMINATORS[denominator],
      after: i + 2,
      unit: { text: denominator, end: next.end },
    };
  return undefined;
}

/**
 * Where a range or an alternative that ends with the number at `first` begins: "four or five",
 * "three to four", "between 400 and 600" (only after "between" does "and" join two numbers).
 */
function rangeStart(text: string, tokens: Token[], first: number): number {
  const link = tokens[first - 1];
  const other = tokens[first - 2];
  if (!link || !other || !near(text, other, link) || !near(text, link, tokens[first])) return first;
  const word = lower(link);
  if (word !== 'or' && word !== 'to' && word !== 'and') return first;
  // "$24 to $28": each amount says its unit, and each is a claim.
  if (other.kind === 'number' && CURRENCY_SIGNS.has(tokens[first - 3]?.text ?? '')) return first;
  const isNumber =
    (other.kind === 'number' && isPlainNumber(text, tokens, first - 2)) ||
    (other.kind === 'word' && numberWordValue(other.text) !== undefined && !isCapitalized(other));
  if (!isNumber) return first;
  if (word !== 'and') return first - 2;
  return lower(tokens[first - 3]) === 'between' && near(text, tokens[first - 3], other) ? first - 3 : first;
}

// Debt instruments named by their term: "the 10-year Treasury note", "two-year gilts", "the 30-year yield".
const INSTRUMENTS = /^(?:treasury|treasuries|notes?|bonds?|bills?|gilts?|bunds?|yields?)$/i;

/**
 * True when a term ("10-year", "three-month") names a debt instrument at token `k` after it, maybe
 * after one word such as "Treasury" or "government": the name of a security, not a stated period.
 */
function isInstrumentTerm(text: string, tokens: Token[], k: number, measure: string): boolean {
  if (!/^(?:year|month|week)s?$/i.test(measure)) return false;
  for (let n = 0; n < 2; n++) {
    const token = tokens[k + n];
    if (!token || !near(text, tokens[k + n - 1], token) || token.kind !== 'word') return false;
    if (INSTRUMENTS.test(token.text)) return true;
    if (!isCapitalized(token) && !/^(?:government|benchmark)$/i.test(token.text)) return false;
  }
  return false;
}

/** The multiplier of a spelled-out scale word ("hundred" 100, "dozen" 12), or undefined. */
function multiplierOf(token: Token | undefined): number | undefined {
  if (!token) return undefined;
  if (lower(token) === 'dozen') return 12;
  const exponent = scaleExponent(token.text, false);
  return exponent === undefined ? undefined : 10 ** exponent;
}

/** A digit token that is a quantity, not part of a code, date, version, score or phone number. */
function isPlainNumber(text: string, tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if ((token.text.match(/\./g) ?? []).length > 1) return false; // "1.2.3"
  if (/,\d{1,2}(?:\D|$)/.test(token.text + ' ')) return false; // "1,5": not a thousands separator
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // Joined by hyphen, slash or colon to more digits or letters: "2022-07-20", "24/7", "6:45", "3-year".
  // "$16-something" and "$119-a-year" are amounts, though joined by a hyphen.
  if (next && adjacent(token, next) && /^[-/:–]$/.test(next.text) && adjacent(next, tokens[i + 2]))
    return (
      next.text === '-' && (APPROX_SUFFIX.test(tokens[i + 2].text) || HYPHEN_RATE.test(tokens[i + 2].text))
    );
  if (prev && adjacent(prev, token) && /^[-/:–.#]$/.test(prev.text)) return false;
  // Right after a capitalised word: a name or label such as "Formula 1", "Boeing 737", "G 7".
  if (prev && isCapitalized(prev) && near(text, prev, token) && !startsSentence(tokens, i - 1)) {
    if (!MONTHS.has(prev.text.toLowerCase()) && !CURRENCY_PREFIXES.has(prev.text) && !isQualifierWord(prev))
      return false;
  }
  return true;
}

function isQualifierWord(token: Token): boolean {
  const word = token.text.toLowerCase();
  return QUALIFIERS.some((q) => q[q.length - 1] === word);
}

function startsSentence(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || SENTENCE_END.has(prev.text) || /^[“"‘'(—–:|]$/.test(prev.text);
}

/** A day of a month ("July 20", "20 July"), or a time of day ("6:45 p.m.", "10 pm"). */
function isDateOrTime(text: string, tokens: Token[], first: number, after: number, value: number): boolean {
  const prev = lower(tokens[first - 1]).replace(/\.$/, '');
  const next = lower(tokens[after]).replace(/\.$/, '');
  if (Number.isInteger(value) && value >= 1 && value <= 31 && (MONTHS.has(prev) || MONTHS.has(next)))
    return true;
  if (TIME_WORDS.has(lower(tokens[after]))) return true;
  if (next === 'of' && MONTHS.has(lower(tokens[after + 1]))) return true; // "the 5 of May"
  return false;
}

function isLabel(tokens: Token[], i: number, first: number): boolean {
  const prev = lower(tokens[first - 1]).replace(/\.$/, '');
  return first === i && (LABEL_WORDS.has(prev) || tokens[i - 1]?.text === '#');
}

/** Index of the first token of the qualifier before token `i` ("at least"), or `i` if there is none. */
function qualifierStart(tokens: Token[], i: number): number {
  for (const qualifier of QUALIFIERS) {
    const from = i - qualifier.length;
    if (from < 0) continue;
    let matches = true;
    for (let k = 0; k < qualifier.length; k++) {
      if (tokens[from + k].text.toLowerCase() !== qualifier[k]) {
        matches = false;
        break;
      }
    }
    if (matches) return from;
  }
  return i;
}

/** The text after a number where its head noun can be: up to the clause's end, a few words at most. */
function headWindow(
  text: string,
  tokens: Token[],
  phrase: NumberPhrase,
): { start: number; end: number; from: number } {
  const numberStart = tokens[phrase.after - 1].start;
  let from = tokens[phrase.after - 1].end;
  let k = phrase.after;
  if (phrase.viaOf) {
    from = tokens[k].end; // skip "of"
    k++;
  }
  let end = from;
  for (let n = 0; n < MAX_PHRASE_TOKENS && k < tokens.length; n++, k++) {
    const token = tokens[k];
    if (
      HARD_STOP.test(text.slice(end, token.start)) ||
      (token.kind === 'punct' && token.text !== '-' && HARD_STOP.test(token.text))
    )
      break;
    end = token.end;
  }
  return { start: numberStart, end, from };
}

/** The head noun in the tagged words after a number: the last noun of the run of adjectives and nouns. */
function findHead(terms: TaggedTerm[], value: number): { text: string; end: number } | undefined {
  // "300 such promotions": "such" points back to a kind; the counted noun follows it.
  if (terms[0]?.text.toLowerCase() === 'such' && !/\S/.test(terms[0].post)) terms = terms.slice(1);
  let head: TaggedTerm | undefined;
  let count = 0;
  if (value !== 1 && countedVerbLookalike(terms)) return headOf(terms[0]);
  for (const [n, term] of terms.entries()) {
    // "twelve attack drones": after a noun, a plural-looking "verb" is the counted noun itself,
    // unless it takes an object ("the 93-year-old finishes his term").
    const pluralAfterNoun =
      head !== undefined &&
      value !== 1 &&
      term.tags.has('PresentTense') &&
      looksPlural(term.text) &&
      !OBJECT_START.some((tag) => terms[n + 1]?.tags.has(tag));
    if (pluralAfterNoun) {
      head = term;
      break;
    }
    if (PHRASE_STOP.some((tag) => term.tags.has(tag))) break;
    // A participle after the counted noun describes it: "a CPU running hot", "a building sitting
    // metres away" (a second -ing word, or one before no noun, is not part of the name).
    if (head && /ing$/i.test(term.text) && (/ing$/i.test(head.text) || !terms[n + 1]?.tags.has('Noun')))
      break;
    // A symbol is no noun, whatever its tags ("4.1 / 5").
    if (!/\p{L}/u.test(term.text)) break;
    if (term.tags.has('Date') && !term.tags.has('Duration')) break;
    const isNoun = term.tags.has('Noun') || term.tags.has('Acronym');
    if (!isNoun && !term.tags.has('Adjective')) break;
    if (++count > MAX_PHRASE_TOKENS) break;
    if (isNoun) head = term;
    if (isNoun && value !== 1 && (term.tags.has('Plural') || looksPlural(term.text))) break;
    if (/[^\s-]/.test(term.post)) break;
  }
  if (!head) return undefined;
  // A name after a number is a label or a ranking ("Five Obama ..."), not what is counted; a
  // capitalised plural ("three Americans") still counts.
  if (/^\p{Lu}/u.test(head.text) && !/^\p{Lu}[\p{Lu}.]+$/u.test(head.text) && !looksPlural(head.text))
    return undefined;
  return headOf(head);
}

function headOf(head: TaggedTerm): { text: string; end: number } {
  const text = head.text.replace(/['’]s?$/u, '');
  return { text, end: head.start + text.length };
}

// What starts a verb's object: "finishes his term", "means the plan".
const OBJECT_START = ['Determiner', 'Pronoun', 'Possessive'];
// What can follow a plural noun but not a verb that takes an object.
const AFTER_SUBJECT = ['Verb', 'Modal', 'Auxiliary', 'Preposition', 'Conjunction', 'Adverb'];

/**
 * "700 volunteers joined": right after a number, a plural-looking present-tense "verb" is the
 * counted noun (a number takes no "-s" verb), unless an object follows ("the value of 700 means
 * the plan failed").
 */
function countedVerbLookalike(terms: readonly TaggedTerm[]): boolean {
  const [first, next] = terms;
  if (!first || !first.tags.has('PresentTense') || !looksPlural(first.text)) return false;
  if (!next || /[^\s-]/.test(first.post)) return true;
  return AFTER_SUBJECT.some((tag) => next.tags.has(tag));
}

/** A four-digit number used as a year: after "in", "since", a month, or at the start of a sentence. */
function isYearUse(tokens: Token[], phrase: NumberPhrase): boolean {
  const prev = lower(tokens[phrase.first - 1]);
  return YEAR_CONTEXT.has(prev) || MONTHS.has(prev) || prev === ',' || startsSentence(tokens, phrase.first);
}
