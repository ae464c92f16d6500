/** Number words and scale words, and exact parsing of the numbers they spell. */

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Powers of ten that multiply what comes before them ("4.1 million", "22bn"). */
export const SCALES: Record<string, number> = {
  hundred: 2,
  thousand: 3,
  million: 6,
  billion: 9,
  trillion: 12,
  k: 3,
  m: 6,
  mn: 6,
  mln: 6,
  bn: 9,
  b: 9,
  tn: 12,
  trn: 12,
};

/** Scale words that may only follow a number without a space ("£22bn", "$5m"). */
const ATTACHED_ONLY = new Set(['k', 'm', 'mn', 'mln', 'bn', 'b', 'tn', 'trn']);

/** The value of a number word ("seven", "twenty-five"), or undefined. */
export function numberWordValue(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (Object.hasOwn(SMALL, lower)) return SMALL[lower];
  if (!lower.includes('-')) return undefined;
  const parts = lower.split('-');
  if (parts.length === 2 && Object.hasOwn(SMALL, parts[0]) && Object.hasOwn(SMALL, parts[1])) {
    const tens = SMALL[parts[0]];
    const units = SMALL[parts[1]];
    if (tens >= 20 && tens % 10 === 0 && units > 0 && units < 10) return tens + units;
  }
  return undefined;
}

/** The power of ten of a scale word, or undefined. `attached` says it follows digits with no space. */
export function scaleExponent(word: string, attached: boolean): number | undefined {
  const lower = word.toLowerCase();
  if (!Object.hasOwn(SCALES, lower)) return undefined;
  if (ATTACHED_ONLY.has(lower) && !attached) return undefined;
  return SCALES[lower];
}

/** Digits as written ("4.1", "22,000") times ten to `exponent`, exactly: no binary rounding error. */
export function decimalValue(digits: string, exponent = 0): number {
  return Number(`${digits.replace(/,/g, '')}e${exponent}`);
}

/**
 * Combines spelled-out parts ("two", "hundred", "fifty", "thousand") into one value: a multiplier
 * below a thousand ("hundred", "dozen") multiplies the running group, a larger one closes it.
 */
export function combineNumberWords(parts: readonly (number | { multiplier: number })[]): number {
  let total = 0;
  let group = 0;
  for (const part of parts) {
    if (typeof part === 'number') group += part;
    else if (part.multiplier < 1000) group = (group || 1) * part.multiplier;
    else {
      total += (group || 1) * part.multiplier;
      group = 0;
    }
  }
  return total + group;
}
