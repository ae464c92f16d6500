import { findNumericClaims } from './claims';
import { findPeople } from './people';
import { tokenize } from './tokens';
import type { Analysis } from './types';

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
  const claims = findNumericClaims(text, tokens);
  return { leaders, people, claims };
}
