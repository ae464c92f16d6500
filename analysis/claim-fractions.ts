/** Spelled-out fractions ("two-thirds", "a quarter of", "half a million") and scale words ("dozen"). */
import { numberWordValue, scaleExponent } from './numbers';
import { lower, near, type Token } from './tokens';
import { qualifierStart } from './claim-qualifiers';

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

// Units a "half-" or "quarter-" prefix divides: "half-point", "quarter-point", "half-hour".
const HALF_UNITS = /^(?:point|percentage|hour|day|year|mile|inch|ton|tonne|dozen|century)$/;

const HALF_OF_PERIOD = /^(?:the|a|first|second|third|fourth|final|last|other|this|that|each|latter|former)$/;

/** The numerator of a fraction: a number word, or "a"/"an" for one. */
function numeratorOf(word: string): number | undefined {
  const w = word.toLowerCase();
  return w === 'a' || w === 'an' ? 1 : numberWordValue(w);
}

/** "one in five", "one out of three": a ratio in words, its own unit. */
function readRatio(
  text: string,
  tokens: Token[],
  i: number,
): { value: number; after: number; unit: { text: string; end: number } } | undefined {
  const numerator = numberWordValue(lower(tokens[i]));
  if (numerator === undefined || (lower(tokens[i + 1]) !== 'in' && lower(tokens[i + 1]) !== 'out'))
    return undefined;
  let d = i + 2;
  if (lower(tokens[i + 1]) === 'out') {
    if (lower(tokens[d]) !== 'of') return undefined;
    d++;
  }
  const under = tokens[d];
  if (!under || !tokens.slice(i, d + 1).every((t, k) => k === 0 || near(text, tokens[i + k - 1], t)))
    return undefined;
  const denominator =
    under.kind === 'number' && /^\d{1,3}$/.test(under.text)
      ? Number(under.text)
      : numberWordValue(lower(under));
  if (!denominator || denominator <= numerator) return undefined;
  return {
    value: numerator / denominator,
    after: d + 1,
    unit: { text: text.slice(tokens[i + 1].start, under.end), end: under.end },
  };
}

/**
 * A fraction that starts at token `i`: "two-thirds", "a quarter of ...", "one third of ...",
 * "half a percentage point", "half a million", or "half" after a bound ("more than half").
 * The fraction is its own unit, except for "half a ...", whose noun still has to be found.
 */
export function readFraction(
  text: string,
  tokens: Token[],
  i: number,
): { value: number; after: number; unit?: { text: string; end: number } } | undefined {
  const token = tokens[i];
  const word = lower(token);
  const next = tokens[i + 1];
  const ratio = readRatio(text, tokens, i);
  if (ratio) return ratio;
  // Most words are no fraction: only a hyphenated word, "half", or a word before a denominator can be.
  const denominator = lower(next);
  if (!word.includes('-') && word !== 'half' && !Object.hasOwn(DENOMINATORS, denominator)) return undefined;
  // "two-thirds", "one-tenth": one hyphenated word.
  const hyphenated = /^([a-z]+)-([a-z]+)$/.exec(word);
  // "a half-point cut", "a quarter-point": a fraction of the unit after the hyphen.
  if (
    hyphenated &&
    (hyphenated[1] === 'half' || hyphenated[1] === 'quarter') &&
    HALF_UNITS.test(hyphenated[2])
  )
    return {
      value: 1 / DENOMINATORS[hyphenated[1]],
      after: i + 1,
      unit: { text: token.text, end: token.end },
    };
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
    // "half of all cases" is a part of what follows "of", and a quantity too.
    // "the second half of the match" is a period of play, not an amount.
    if (
      qualifierStart(tokens, i) < i ||
      (lower(next) === 'of' && near(text, token, next) && !HALF_OF_PERIOD.test(lower(tokens[i - 1])))
    )
      return { value: 0.5, after: i + 1, unit: { text: token.text, end: token.end } };
    return undefined;
  }
  // "a third of the budget", "one quarter of voters": the fraction is a part of what follows "of".
  const numerator = numeratorOf(word);
  if (
    numerator !== undefined &&
    Object.hasOwn(DENOMINATORS, denominator) &&
    denominator !== 'half' &&
    // "a third of the budget", or after a bound: "roughly a third".
    (lower(tokens[i + 2]) === 'of' || qualifierStart(tokens, i) < i) &&
    near(text, token, next)
  )
    return {
      value: numerator / DENOMINATORS[denominator],
      after: i + 2,
      unit: { text: denominator, end: next.end },
    };
  return undefined;
}

/** The multiplier of a spelled-out scale word ("hundred" 100, "dozen" 12), or undefined. */
export function multiplierOf(token: Token | undefined): number | undefined {
  if (!token) return undefined;
  if (lower(token) === 'dozen') return 12;
  const exponent = scaleExponent(token.text, false);
  return exponent === undefined ? undefined : 10 ** exponent;
}
