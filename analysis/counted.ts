import type { NumericClaim } from './types';
import { isMeasureUnit } from './units';

// prettier-ignore
const DETERMINERS = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'this', 'that', 'these', 'those', 'some', 'all',
]);
/** Words that end the noun phrase a figure is of: prepositions, verbs, conjunctions, the next phrase's determiners. */
// prettier-ignore
export const PHRASE_ENDS = new Set([
  'and', 'or', 'but', 'in', 'from', 'to', 'for', 'that', 'which', 'who', 'with', 'on', 'at', 'by', 'as', 'per',
  'into', 'over', 'under', 'since', 'after', 'before', 'during', 'were', 'was', 'is', 'are', 'had', 'have', 'has',
  'will', 'would', 'could', 'can', 'may', 'might', 'should', 'than', 'last', 'this', 'next', 'a', 'an', 'the',
  'each', 'every', 'said', 'says', 'while', 'when', 'if', 'because', 'of', 'be', 'been', 'being', 'it', 'its',
  'across', 'against', 'among', 'between', 'within', 'without', 'through', 'toward', 'towards', 'above', 'below',
  'behind', 'despite', 'amid', 'around', 'near', 'off', 'up', 'down', 'out', 'via', 'higher', 'lower', 'less',
  'must', 'shall', 'do', 'does', 'did', 'not', 'then', 'there', 'here', 'where', 'because', 'so',
]);

/**
 * Pronouns open a clause about the thing, not the thing: "the total they can get", "the people we met",
 * "those who stayed".
 */
// prettier-ignore
export const CLAUSE_STARTS = new Set([
  'i', 'you', 'he', 'she', 'it', 'we', 'they', 'who', 'whom', 'whose', 'which', 'that', 'what', 'where', 'when',
]);

/** Words that open the next noun phrase, or a clause with its own subject. */
const NEXT_PHRASE = /^(?:\p{N}.*|the|a|an|this|these|those|its|their|his|her|our|i|you|he|she|we|they)$/iu;

/**
 * Whether the last of the `kept` words is a verb, not part of the noun phrase: a noun phrase never runs
 * straight into the next one, so the word before it is the verb between them ("of war left 4 per cent",
 * "of people believed the most important priority", "of Americans say they ...").
 */
export function verbBefore(stop: string, kept: readonly string[]): boolean {
  return kept.length > 1 && NEXT_PHRASE.test(stop);
}

/** Most words kept of what a figure counts ("crude oil", "desperately needed grain" -> "grain"). */
const MAX_WORDS = 3;

/**
 * What a numeric claim counts or measures, in the text's words: the counted noun ("4.1 million people"
 * -> "people"), or for a unit of measure the thing it measures ("22 million tonnes of grain" -> "grain").
 * Empty when the text does not say (a bare percentage or sum of money).
 */
export function countedThing(
  text: string,
  claim: Pick<NumericClaim, 'end' | 'unit' | 'normalizedUnit'>,
): string {
  const measure = claim.normalizedUnit !== '' && isMeasureUnit(claim.normalizedUnit);
  if (!measure) return claim.unit;
  const after = /^\s+of\s+([^.,;:!?()\n"“”]{1,80})/u.exec(text.slice(claim.end, claim.end + 100));
  const words = after ? after[1].trim().split(/\s+/) : [];
  const kept: string[] = [];
  for (const [i, word] of words.entries()) {
    const lower = word.toLowerCase();
    // Articles, adverbs and participles before the noun say how, not what: "of desperately needed grain".
    const modifier =
      DETERMINERS.has(lower) || /ly$/.test(lower) || (/ed$/.test(lower) && i + 1 < words.length);
    if (kept.length === 0 && modifier) continue;
    if (!/^\p{L}/u.test(word) || PHRASE_ENDS.has(lower) || CLAUSE_STARTS.has(lower)) {
      if (verbBefore(word, kept)) kept.pop();
      break;
    }
    // A possessive belongs to what follows: "of the country's crude oil" counts "crude oil".
    if (/['’]s$/u.test(word)) {
      kept.length = 0;
      continue;
    }
    kept.push(word);
  }
  // A noun phrase ends in its noun: of a long one keep the last words ("remaining intact forested landscapes").
  if (kept.length > 0) return kept.slice(-MAX_WORDS).join(' ');
  return claim.normalizedUnit === '%' || /^[A-Z]{3}$/.test(claim.normalizedUnit) ? '' : claim.unit;
}
