/** Reading a number: digits or words, scale, currency, percent, its qualifier and the range it ends. */
import { combineNumberWords, decimalValue, numberWordValue, scaleExponent } from './numbers';
import { adjacent, isCapitalized, lower, near, startsSentence, type Token } from './tokens';
import { isFunctionWord } from './lexicon';
import {
  ATTACHED_UNITS,
  CURRENCY_CODES,
  CURRENCY_PREFIXES,
  CURRENCY_SIGNS,
  looksPlural,
  percentAfter,
  perUnitAfter,
} from './units';
import { isQualifierWord, qualifierStart } from './claim-qualifiers';
import { inStatLine } from './claim-scores';
import { multiplierOf, readFraction } from './claim-fractions';
import { MONTHS, PRONOUN_ONE_BEFORE, isDateOrTime, isInstrumentTerm, isLabel } from './not-claims';

// "found Sunday 475 pounds": a weekday before a figure dates the finding; it names nothing.
const WEEKDAYS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
// A height in feet and inches: "7-foot-3".
const HEIGHT = /^(?:foot|feet)-\d{1,2}$/i;
// Units joined to a number by a hyphen ("52-year-old", "six-month", "10-mile").
const MEASURE =
  /^(?:year|month|week|day|hour|minute|second|mile|kilometre|kilometer|km|metre|meter|foot|feet|inch|storey|story|member|seat|point|game|goal|run|stroke|shot|vote|mph)s?(?:-(?:old|long|high|wide|tall|deep))?$/i;

// Words after "N-" that make no measure: "one-off", "two-way", "3-pointer", "one-sided", "two-state".
const NOT_MEASURE =
  /^(?:off|way|ways|pointer|pointers|sided|state|stop|on|up|in|to|of|and|or|liner|liners|fold|odd|something|ish|plus|thirds?|halves|half|quarters?|fifths?|tenths?|th|st|nd|rd|digit|digits|dimensional|hundred|thousand|million|billion|trillion|alpha|beta|gamma|delta|omega)$/;

/**
 * The unit of a compound "N-unit" before a noun: the known measures ("52-year-old", "10-mile") and any
 * other lower-case noun that counts or measures what follows ("a four-cylinder engine", "2.0-liter",
 * "a 30-date tour", "a four-time champion"); not "one-off", "two-way" or a "one-time" payment.
 */
function isCompoundUnit(word: string, value: number): boolean {
  if (MEASURE.test(word)) return true;
  if (!/^[a-z]{2,14}$/.test(word) || NOT_MEASURE.test(word) || numberWordValue(word) !== undefined)
    return false;
  return !(value === 1 && word === 'time');
}

// Units of time an article can count: "more than a decade", "about a month", "a half century".
const PERIOD = /^(?:decade|century|year|month|week|day|hour|minute|fortnight)$/i;
const PART_OF_PERIOD: Record<string, number> = { half: 0.5, quarter: 0.25 };

/**
 * "a"/"an" with a unit of time as an amount: after a bound ("more than a decade", "about a month",
 * "over a year and a half") or with a part ("a half century", "nearly a quarter century", "a
 * half-century"). "a week after" alone dates something; it is no claim.
 */
function periodWithArticle(text: string, tokens: Token[], i: number): NumberPhrase | undefined {
  let k = i + 1;
  let value = 1;
  const joined = /^(half|quarter)-(\w+)$/i.exec(tokens[k]?.text ?? '');
  if (joined && PERIOD.test(joined[2])) {
    value = PART_OF_PERIOD[joined[1].toLowerCase()];
  } else {
    const part = PART_OF_PERIOD[lower(tokens[k])];
    if (part !== undefined && near(text, tokens[k], tokens[k + 1])) {
      value = part;
      k++;
    }
    if (!PERIOD.test(tokens[k]?.text ?? '') || !near(text, tokens[k - 1], tokens[k])) return undefined;
  }
  const first = qualifierStart(tokens, i);
  if (value === 1 && first === i) return undefined;
  let end = tokens[k].end;
  // "a year and a half".
  const andHalf = /^ and a half\b/.exec(text.slice(end, end + 12));
  if (andHalf && value === 1) {
    value = 1.5;
    end += andHalf[0].length;
  }
  let after = k + 1;
  while (tokens[after] && tokens[after].start < end) after++;
  const unit = joined ? joined[2] : tokens[k].text;
  return { first, after, value, unit: { text: unit, end }, viaOf: false, yearLike: false, needsHead: false };
}

/** "six-month" -> ["six-month", "six", "month"] when the first part is a number word and the rest a unit. */
function compoundMeasure(word: string): RegExpMatchArray | undefined {
  const match = word.match(/^([a-z]+)-(.+)$/i);
  const value = match ? numberWordValue(match[1]) : undefined;
  return match && value !== undefined && isCompoundUnit(match[2], value) ? match : undefined;
}

const PLURAL_SCALES: Record<string, number> = {
  tens: 10,
  // "dozens" is at least two dozen, "scores" at least two score.
  dozens: 24,
  scores: 40,
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

/** A number found in the text before its head noun is known. */
export interface NumberPhrase {
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
  /** A vague amount ("dozens", "several", "a few hundred", "40-odd"): `value` is its lower bound. */
  approximate?: boolean;
  /** The high end of a hyphenated range ("5-10 years"). */
  high?: number;
}

// What follows a number and a hyphen to make an approximate amount: "40-odd", "$16-something".
const APPROX_SUFFIX = /^(?:something|odd|plus|ish)$/i;
// What a price is per: "$4.50 a gallon", "$90 per share", "$119-a-year".
const RATE_UNITS =
  '(?:pound|lb|kilo|kilogram|kg|ounce|oz|gram|ton|tonne|gallon|litre|liter|barrel|bushel|share|head|' +
  'person|month|year|week|day|hour|night|minute|mile|unit|piece|ticket|dose|seat|household|game|capita|' +
  'dollar|euro|square (?:foot|feet|metre|meter|mile|inch|kilometre|kilometer))';
export const RATE = new RegExp(
  `^(?:[ \u00a0]+(?:a|an|per|each)[ \u00a0]+|-(?:a|an|per)-)${RATE_UNITS}(?![\\p{L}\\p{N}-])(?!\\s+(?:ago|earlier|later)\\b)`,
  'iu',
);
// "$23-million", "1.2-billion-yuan": a scale joined by a hyphen (Canadian style), maybe with its currency.
const HYPHEN_SCALE = /^(?:million|billion|trillion)(?:-(?:dollars?|yuan|euros?|pounds?|yen|rupees?))?$/i;
const HYPHEN_RATE = new RegExp(`^(?:a|an|per)-${RATE_UNITS}$`, 'i');

/** Reads the number that starts at token `i`, with its qualifier and currency, or returns undefined. */
export function readNumberPhrase(text: string, tokens: Token[], i: number): NumberPhrase | undefined {
  const token = tokens[i];
  const word = lower(token);
  let after = i + 1;
  let value: number;
  let unit: NumberPhrase['unit'];
  let viaOf = false;
  let yearLike = false;
  let needsHead = false;
  let approximate = false;

  if (token.kind === 'number') {
    const hyphen = tokens[i + 1];
    const measure = tokens[i + 2];
    // "52-year-old", "10-day": a number joined to its unit by a hyphen.
    if (
      adjacent(token, hyphen) &&
      hyphen.text === '-' &&
      adjacent(hyphen, measure) &&
      (isCompoundUnit(measure.text, decimalValue(token.text)) || HEIGHT.test(measure.text))
    ) {
      if (isInstrumentTerm(text, tokens, i + 3, measure.text)) return undefined;
      // "a 500-metre-wide dish": the measure is "500-metre"; "-wide" says which way it runs.
      const way = /-(?:long|high|wide|tall|deep)$/i.exec(measure.text)?.[0] ?? '';
      // "7-foot-3" is seven feet and three inches.
      const inches = HEIGHT.test(measure.text) ? Number(measure.text.split('-')[1]) / 12 : 0;
      return {
        first: qualifierStart(tokens, i),
        after: i + 3,
        value: decimalValue(token.text) + inches,
        unit: {
          text: measure.text.slice(0, measure.text.length - way.length),
          end: measure.end - way.length,
        },
        viaOf,
        yearLike,
        needsHead,
      };
    }
    const pair = hyphenPair(text, tokens, i);
    if (pair) {
      // "won 106-103", "a 5-4 vote", "went 2-for-10", "5-10 years": one claim, valued at its first figure.
      const high = !pair.tally && pair.second > pair.first ? pair.second : undefined;
      // "30-60 per cent", "10-15%": a range of percentages.
      const percent = pair.tally ? undefined : percentAfter(text, tokens, pair.after);
      return {
        first: qualifierStart(tokens, i),
        after: percent?.after ?? pair.after,
        unit: percent?.unit,
        value: pair.first,
        high,
        viaOf,
        yearLike,
        needsHead,
        approximate,
      };
    }
    if (!isPlainNumber(text, tokens, i)) return undefined;
    // "40-odd people", "$16-something": a round figure and a bit more, valued at the figure.
    if (tokens[i + 1]?.text === '-' && APPROX_SUFFIX.test(tokens[i + 2]?.text ?? '')) {
      after = i + 3;
      approximate = true;
    }
    let exponent = 0;
    const next = tokens[i + 1];
    if (adjacent(token, next) && next.kind === 'word') {
      const suffix = next.text.toLowerCase();
      const attachedScale = scaleExponent(suffix, true);
      // "4K", "8K": a one-digit thousand with no currency names a picture format, like "1080p"; before
      // a plural it counts ("7k signatures").
      if (
        suffix === 'k' &&
        /^\d$/.test(token.text) &&
        !CURRENCY_SIGNS.has(tokens[i - 1]?.text ?? '') &&
        !(tokens[i + 2]?.kind === 'word' && looksPlural(tokens[i + 2].text))
      )
        return undefined;
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
    const joined = tokens[after + 1];
    if (
      tokens[after]?.text === '-' &&
      adjacent(tokens[after - 1], tokens[after]) &&
      joined &&
      HYPHEN_SCALE.test(joined.text)
    ) {
      const [scale, currency] = joined.text.split('-');
      exponent = scaleExponent(scale, false) ?? 0;
      after += 2;
      if (currency) unit = { text: currency, end: joined.end };
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
    const period = word === 'a' || word === 'an' ? periodWithArticle(text, tokens, i) : undefined;
    if (period) return period;
    const fraction = readFraction(text, tokens, i);
    const parts: (number | { multiplier: number })[] = [];
    let j = i;
    const vague = fraction ? undefined : vagueAmount(text, tokens, i);
    if (vague) {
      // "several thousand nurses", "a few hundred", "several years": a vague count, at its lower bound.
      parts.push(vague.value);
      j = vague.after;
      approximate = true;
    } else if (!fraction && (word === 'a' || word === 'an') && near(text, token, tokens[i + 1])) {
      if (multiplierOf(tokens[i + 1]) === undefined) return undefined;
      parts.push(1);
      j = i + 1;
    }
    for (; j < tokens.length; j++) {
      const t = tokens[j];
      if (j > i && !near(text, tokens[j - 1], t)) break;
      const small = vague && j === vague.after ? undefined : numberWordValue(t.text);
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
    } else if (vague && j === vague.after) {
      // "several years", "a few theories": no amount without a scale word ("several hundred").
      return undefined;
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
      // "scores" counts only before "of" ("scores of doctors"; "test scores" are no amount).
      if (word === 'scores' && lower(tokens[i + 1]) !== 'of') return undefined;
      approximate = true;
      value = PLURAL_SCALES[word];
      const scale = lower(tokens[i + 2]);
      if (lower(tokens[i + 1]) === 'of' && Object.hasOwn(PLURAL_SCALES, scale) && scale !== word) {
        value *= PLURAL_SCALES[scale];
        after = i + 3;
      }
      // "thousands upon thousands of sellers": one vague amount, said twice for weight.
      if (/^(?:upon|and)$/.test(lower(tokens[i + 1])) && scale === word) after = i + 3;
      viaOf = lower(tokens[after]) === 'of';
      if (!viaOf) unit = { text: '', end: tokens[after - 1].end };
    } else if (compoundMeasure(token.text)) {
      const [, number, measure] = compoundMeasure(token.text) ?? [];
      if (isInstrumentTerm(text, tokens, i + 1, measure)) return undefined;
      value = numberWordValue(number) ?? 0;
      unit = { text: measure, end: token.end };
    } else if (multipleOf(tokens, i) !== undefined) {
      // "threefold", "quadrupled", "more than double": a multiple, counted in times.
      value = multipleOf(tokens, i) ?? 0;
      unit = { text: token.text, end: token.end };
    } else if (spelledDecimal(token.text) !== undefined) {
      // "six-point-six degrees": a decimal read out in words, the noun after it.
      value = spelledDecimal(token.text) ?? 0;
      needsHead = true;
    } else if (halfMore(token.text)) {
      // "six-and-a-half years": one hyphenated word, the noun after it.
      value = halfMore(token.text) ?? 0;
      needsHead = true;
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
    // "US$5", also "US $5"; a one-letter prefix only joined on ("A $5 fee" is an article).
    const joined = adjacent(prefix, sign) || (prefix?.text.length > 1 && near(text, prefix, sign));
    if (prefix && joined && CURRENCY_PREFIXES.has(prefix.text)) first = i - 2;
    unit = { text: text.slice(tokens[first].start, sign.end), end: tokens[after - 1].end };
    // "$0.06/kWh", "$0.23/W": a price per unit, written with a slash.
    const per = perUnitAfter(tokens, after, sign);
    if (per !== undefined) [unit, after] = [{ text: unit.text, end: tokens[per].end }, per + 1];
  } else if (sign) {
    // "Rs 300", "Rs. 300", "INR 5,000": a currency written as a word or code before the amount.
    const code = sign.text === '.' && adjacent(tokens[i - 2], sign) ? tokens[i - 2] : sign;
    if (code.kind === 'word' && CURRENCY_CODES.has(code.text) && near(text, sign, token)) {
      first = code === sign ? i - 1 : i - 2;
      unit = { text: code.text, end: tokens[after - 1].end };
    }
  }

  const last = tokens[after - 1];
  const next = tokens[after];
  if (!unit && next && near(text, last, next)) {
    const nextWord = lower(next);
    const percent = percentAfter(text, tokens, after);
    if (percent) {
      ({ unit, after } = percent);
    } else if (nextWord === 'percentage' && /^points?$/.test(lower(tokens[after + 1]))) {
      unit = { text: text.slice(next.start, tokens[after + 1].end), end: tokens[after + 1].end };
      after += 2;
    } else if (CURRENCY_WORDS.has(nextWord)) {
      unit = { text: next.text, end: next.end };
      after++;
    } else if (next.text === '°') {
      // "1.5°C", "40°F", "30°": a temperature or an angle.
      const scale = tokens[after + 1];
      const end = adjacent(next, scale) && /^[CF]$/.test(scale.text) ? scale.end : next.end;
      unit = { text: text.slice(next.start, end), end };
      after += end === next.end ? 1 : 2;
    }
  }

  if (!Number.isFinite(value) || isDateOrTime(text, tokens, i, after, value)) return undefined;
  if (!unit && isLabel(tokens, i, first)) return undefined;
  // The qualifier comes before a currency sign too ("nearly $1 trillion"), and before the first
  // number of a range ("between 400 and 600 breaks", "four or five buyers").
  first = qualifierStart(tokens, rangeStart(text, tokens, first));
  // "minus 5 degrees", "negative six-point-six degrees": a sign in words.
  if (first === i && SIGN_WORDS.test(lower(tokens[i - 1])) && near(text, tokens[i - 1], token)) {
    first = i - 1;
    value = -value;
  }
  return { first, after, value, unit, viaOf, yearLike, needsHead, approximate };
}

// Multiples: "threefold", "quadrupled"; "double" and "triple" count only after a bound ("more than double").
const MULTIPLES: Record<string, number> = { doubled: 2, tripled: 3, trebled: 3, quadrupled: 4 };
const BARE_MULTIPLES: Record<string, number> = { double: 2, triple: 3, treble: 3, quadruple: 4 };

/** The multiple a word states at token `i`, or undefined. */
function multipleOf(tokens: Token[], i: number): number | undefined {
  const word = lower(tokens[i]);
  if (Object.hasOwn(MULTIPLES, word)) return MULTIPLES[word];
  if (Object.hasOwn(BARE_MULTIPLES, word) && qualifierStart(tokens, i) < i) return BARE_MULTIPLES[word];
  const fold = /^([a-z]+)-?fold$/.exec(word);
  return fold ? numberWordValue(fold[1]) : undefined;
}

const SIGN_WORDS = /^(?:minus|negative)$/;

/** "six-point-six" -> 6.6, "one-point-two-five" -> 1.25: a decimal read out in words, or undefined. */
function spelledDecimal(word: string): number | undefined {
  const match = /^([a-z]+)-point((?:-[a-z]+)+)$/i.exec(word);
  if (!match) return undefined;
  const whole = numberWordValue(match[1]);
  const digits = match[2]
    .slice(1)
    .split('-')
    .map((d) => numberWordValue(d));
  if (whole === undefined || digits.some((d) => d === undefined || d > 9)) return undefined;
  return Number(`${whole}.${digits.join('')}`);
}

/** "six-and-a-half" -> 6.5, or undefined. */
function halfMore(word: string): number | undefined {
  const match = /^([a-z]+)-and-a-half$/i.exec(word);
  const whole = match ? numberWordValue(match[1]) : undefined;
  return whole === undefined ? undefined : whole + 0.5;
}

/**
 * Two figures joined by a hyphen: a score or a tally ("106-103", "2-for-10") or a range ("5-10").
 * Not a date or a code: each side has at most three digits and nothing more is joined on.
 */
function hyphenPair(
  text: string,
  tokens: Token[],
  i: number,
): { first: number; second: number; after: number; tally: boolean } | undefined {
  const [a, hyphen, b, more] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (!/^\d{1,3}$/.test(a.text) || hyphen?.text !== '-' || !adjacent(a, hyphen) || !adjacent(hyphen, b))
    return undefined;
  if (adjacent(tokens[i - 1], a) && /^[-/:.#]$/.test(tokens[i - 1].text)) return undefined;
  // "June 6-10": days of a month, a date.
  if (MONTHS.has(lower(tokens[i - 1]).replace(/\.$/, ''))) return undefined;
  const tally = /^for-(\d{1,3})$/.exec(b.text);
  const second = tally ? Number(tally[1]) : /^\d{1,3}$/.test(b.text) ? Number(b.text) : undefined;
  if (second === undefined) return undefined;
  // "went 2-for-10." ends a sentence; "2-10.5" or "6-10-2024" joins more on.
  const endsSentence =
    more?.text === '.' && !/\d/.test(tokens[i + 4]?.text[0] ?? '') && !adjacent(more, tokens[i + 4]);
  // "improved to 14-0-1", "a 9-2-1 start": a record of wins, losses and ties or overtime losses.
  const third = tokens[i + 4];
  if (
    !tally &&
    more?.text === '-' &&
    adjacent(b, more) &&
    adjacent(more, third) &&
    /^\d{1,3}$/.test(third?.text ?? '') &&
    !(adjacent(third, tokens[i + 5]) && /^[-/:]$/.test(tokens[i + 5]?.text ?? '')) &&
    Number(third.text) <= 99 &&
    // "12-05-19" is a date: a record writes no leading zero.
    ![a.text, b.text, third.text].some((part) => /^0\d/.test(part)) &&
    !MONTHS.has(lower(tokens[i - 1]).replace(/\.$/, ''))
  )
    return { first: Number(a.text), second, after: i + 5, tally: true };
  if (more && adjacent(b, more) && /^[-/:.]$/.test(more.text) && !endsSentence) return undefined;
  return { first: Number(a.text), second, after: i + 3, tally: !!tally };
}

// Vague counts and their lower bounds: "several" is at least three, "a few" at least two.
const VAGUE: Record<string, number> = { several: 3, few: 2 };

/** A vague count that starts at token `i` ("several", "a few"), with the token after it. */
function vagueAmount(text: string, tokens: Token[], i: number): { value: number; after: number } | undefined {
  const word = lower(tokens[i]);
  if (word === 'several') return { value: VAGUE.several, after: i + 1 };
  if (
    (word === 'a' || word === 'an') &&
    lower(tokens[i + 1]) === 'few' &&
    near(text, tokens[i], tokens[i + 1])
  )
    return { value: VAGUE.few, after: i + 2 };
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
  // "$24 to $28 a pound", "between $400 and $600": a range of amounts is one claim too; so is a range of
  // percentages, "80% to 90%", "5% or 6%". `opener` is the first amount's sign or the first figure.
  const opener = tokens[first - 3];
  const amounts =
    other.kind === 'number' && !!opener && CURRENCY_SIGNS.has(opener.text) && near(text, opener, other);
  const percentages =
    other.text === '%' &&
    opener?.kind === 'number' &&
    adjacent(opener, other) &&
    tokens[first + 1]?.text === '%' &&
    adjacent(tokens[first], tokens[first + 1]);
  if (amounts || percentages) {
    // "from $5 to $6" is a change between two amounts, each a claim.
    if (lower(tokens[first - 4]) === 'from') return first;
    if (word !== 'and') return first - 3;
    // "between $400 and $600" needs "between" at the sign; "between 80% and 90%" does not.
    const spans =
      lower(tokens[first - 4]) === 'between' && (!amounts || near(text, tokens[first - 4], opener));
    return spans ? first - 4 : first;
  }
  const isNumber =
    (other.kind === 'number' && isPlainNumber(text, tokens, first - 2)) ||
    (other.kind === 'word' &&
      numberWordValue(other.text) !== undefined &&
      (!isCapitalized(other) || startsSentence(tokens, first - 2)));
  if (!isNumber) return first;
  const between = lower(tokens[first - 3]) === 'between' && near(text, tokens[first - 3], other);
  // "between four to six services": spoken "between ... to" is a range too, "between" its qualifier.
  if (word !== 'and') return word === 'to' && between ? first - 3 : first - 2;
  return between ? first - 3 : first;
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
      perUnitAfter(tokens, i + 1, prev) !== undefined ||
      (next.text === '-' &&
        (APPROX_SUFFIX.test(tokens[i + 2].text) ||
          HYPHEN_RATE.test(tokens[i + 2].text) ||
          HYPHEN_SCALE.test(tokens[i + 2].text)))
    );
  if (prev && adjacent(prev, token) && /^[-/:–.#]$/.test(prev.text)) return false;
  // Right after a capitalised word: a name or label such as "Formula 1", "Boeing 737", "G 7".
  if (prev && isCapitalized(prev) && near(text, prev, token) && !startsSentence(tokens, i - 1)) {
    // A figure with a thousands separator is counted, not named: "Italy 143,600".
    if (
      !MONTHS.has(prev.text.toLowerCase()) &&
      !WEEKDAYS.test(prev.text) &&
      // A headline capitalises its prepositions: "With 475 Pounds of ...".
      !isFunctionWord(prev.text) &&
      !CURRENCY_PREFIXES.has(prev.text) &&
      !CURRENCY_CODES.has(prev.text) &&
      !isQualifierWord(prev) &&
      !/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(token.text) &&
      !inStatLine(text, token.start)
    )
      return false;
  }
  return true;
}
