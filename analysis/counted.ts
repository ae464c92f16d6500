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
  'must', 'shall', 'do', 'does', 'did', 'not', 'then', 'there', 'here', 'where', 'so',
]);

/** Pronouns open a clause about the thing, not the thing: "the total they can get", "the people we met". */
// prettier-ignore
const CLAUSE_STARTS = new Set(['i', 'you', 'he', 'she', 'we', 'they', 'whom', 'whose', 'what']);

/** Words that open the next noun phrase, or a clause with its own subject. */
const NEXT_PHRASE = /^(?:\p{N}.*|the|a|an|this|these|those|its|their|his|her|our|i|you|he|she|we|they)$/iu;

/** Most words kept of what a figure counts ("crude oil", "desperately needed grain" -> "grain"), of at most six read. */
const MAX_WORDS = 3;
const MAX_READ = 6;

/**
 * The noun phrase `words` open, in at most its last three words (a noun phrase ends in its noun:
 * "landmark Hong Kong listing", "remaining intact forested landscapes"). Leading words `skip` says are
 * modifiers are left out; it ends at a preposition, verb, conjunction or pronoun (`PHRASE_ENDS`, or
 * `stop`), at a participle with its agent ("a deal backed by ..."), and a possessive belongs to what
 * follows ("the world's forests"). A phrase never runs straight into the next one, so a word before a
 * determiner, number or subject pronoun is the verb between them and is dropped ("of war left 4 per
 * cent", "of Americans say they ...").
 */
export function nounPhraseOf(
  words: readonly string[],
  skip: (lower: string, i: number) => boolean,
  stop: (lower: string) => boolean = () => false,
): string {
  const kept: string[] = [];
  for (const [i, word] of words.entries()) {
    const lower = word.toLowerCase();
    if (kept.length === 0 && skip(lower, i)) continue;
    if (!/^\p{L}/u.test(word) || PHRASE_ENDS.has(lower) || CLAUSE_STARTS.has(lower) || stop(lower)) {
      if (kept.length > 1 && NEXT_PHRASE.test(word)) kept.pop();
      break;
    }
    if (/ed$/.test(lower) && words[i + 1]?.toLowerCase() === 'by') break;
    if (/['’]s$/u.test(word)) {
      kept.length = 0;
      continue;
    }
    kept.push(word);
    if (kept.length === MAX_READ) break;
  }
  return kept.slice(-MAX_WORDS).join(' ');
}

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
  // Articles, adverbs and participles before the noun say how, not what: "of desperately needed grain".
  const modifier = (lower: string, i: number) =>
    DETERMINERS.has(lower) || /ly$/.test(lower) || (/ed$/.test(lower) && i + 1 < words.length);
  const phrase = nounPhraseOf(words, modifier);
  if (phrase) return phrase;
  return claim.normalizedUnit === '%' || /^[A-Z]{3}$/.test(claim.normalizedUnit) ? '' : claim.unit;
}
