import { tagWindows } from './tagger';
import { lower, onlySpacesBetween, tokenize, type Token } from './tokens';
import type { NumericClaim } from './types';
import { normalizeUnit } from './units';
import { CURRENCY_WORDS, RATE, readNumberPhrase, type NumberPhrase } from './claim-number';
import { findHead, headWindow } from './claim-head';
import { isIdiomaticOne, isYearUse } from './not-claims';

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
