import { findNumericClaims } from './claims';
import { findPeople } from './people';
import { tokenize } from './tokens';
import type { Analysis, Mention, NumericClaim } from './types';

export type { Analysis, Mention, NumericClaim, PersonMention } from './types';
export { findNumericClaims } from './claims';
export { findPeople } from './people';

/**
 * Finds the leaders, other named people and numeric claims in a text. Pure: text in, spans out,
 * with UTF-16 offsets into `text`. Any string gets an answer; anything else is a TypeError.
 */
export function analyze(text: string): Analysis {
  if (typeof text !== 'string') throw new TypeError(`analyze expects a string, got ${typeof text}`);
  const tokens = tokenize(text);
  const { leaders, people } = findPeople(text, tokens);
  const claims = withoutPeople(text, findNumericClaims(text, tokens), [...leaders, ...people]);
  return { leaders, people, claims };
}

/**
 * Claims cut short before a person they would cover ("three of Lee's aides" becomes "three"), so the
 * highlights, the badge and the popup's counts never give one stretch of text to both kinds; a claim
 * with no number left before the person is dropped.
 */
function withoutPeople(text: string, claims: NumericClaim[], persons: readonly Mention[]): NumericClaim[] {
  if (persons.length === 0) return claims;
  const sorted = [...persons].sort((a, b) => a.start - b.start);
  const result: NumericClaim[] = [];
  let p = 0;
  for (const claim of claims) {
    // Claims are in text order: persons that end before this claim end before every later one too.
    while (p < sorted.length && sorted[p].end <= claim.start) p++;
    const first = sorted[p];
    if (!first || first.start >= claim.end) {
      result.push(claim);
      continue;
    }
    const kept = text.slice(claim.start, Math.max(claim.start, first.start)).replace(TRAILING_LINK, '');
    if (!/[\p{L}\p{N}]/u.test(kept)) continue;
    result.push({ ...claim, end: claim.start + kept.length, text: kept });
  }
  return result;
}

// What a claim cut short before a name must not end with: "three of", "four of the".
const TRAILING_LINK = /(?:[\s,]+(?:of|the|and|or|to))*[\s,]*$/u;
