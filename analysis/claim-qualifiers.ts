import type { Token } from './tokens';

// Qualifiers that belong to a claim ("at least two civilians"): bounds and approximators, and also
// emphasis ("only three managers", "just once") and addition ("another 30 people", "a further 12
// arrests"), which say how the text weighs the amount and so are part of what it claims.
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
  // Bounds as prepositions: "below 6 percent", "within 10 days" (at most ten days). Not "above": "noise above
  // 85 decibels" names a threshold, which the gold leaves out.
  'below',
  'within',
  // "All but four have been released": every one except, a bound of what is counted.
  'all but',
  'exactly',
  'precisely',
  'near',
  'barely',
  'well over',
  'just over',
  'just under',
  'much more than',
  'far more than',
  'only',
  'just',
  'another',
  'a further',
  'an additional',
  'further',
  'additional',
]
  .map((q) => q.split(' '))
  .sort((a, b) => b.length - a.length);

/** True when the token is the last word of a qualifier ("over", "least"). */
export function isQualifierWord(token: Token): boolean {
  const word = token.text.toLowerCase();
  return QUALIFIERS.some((q) => q[q.length - 1] === word);
}

// Nouns whose complement "over" introduces: "rights over 25 percent of the land", "control over 40 sites".
// After them "over" is the preposition, not a bound.
// prettier-ignore
const OVER_NOUNS = new Set([
  'rights', 'right', 'control', 'power', 'powers', 'authority', 'jurisdiction', 'sovereignty', 'influence',
  'say', 'sway', 'dominion', 'ownership', 'title', 'claim', 'claims', 'lead', 'victory', 'win', 'edge',
  'advantage', 'dispute', 'disputes', 'row', 'fight', 'battle', 'clash', 'clashes', 'rebellion', 'revolt',
  'concern', 'concerns', 'fears', 'worries', 'debate', 'talks', 'tension', 'tensions', 'oversight',
]);
// Words before a spoken "like" that hedges a figure: "it's like 60%", "something like 300 people"
// ("more like 60,000" corrects a figure rather than hedging it).
const LIKE_HEDGE_BEFORE = /^(?:is|was|are|were|be|been|it['’]s|that['’]s|there['’]s|something|just|maybe)$/i;

const DETERMINERS = /^(?:the|its|their|his|her|our|my|your|whose)$/i;

/** Index of the first token of the qualifier before token `i` ("at least"), or `i` if there is none. */
export function qualifierStart(tokens: Token[], i: number): number {
  const before = tokens[i - 1]?.text.toLowerCase();
  // "It's like 60% black": "like" after a copula or "something" means "about".
  if (before === 'like' && LIKE_HEDGE_BEFORE.test(tokens[i - 2]?.text ?? '')) return i - 1;
  if (before === 'over' && OVER_NOUNS.has(tokens[i - 2]?.text.toLowerCase() ?? '')) return i;
  // "the only two survivors": "only" after a determiner is an adjective of the noun, no emphasis.
  if (before === 'only' && DETERMINERS.test(tokens[i - 2]?.text ?? '')) return i;
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
