import type { NumericClaim } from './types';
import { isMeasureUnit } from './units';

// prettier-ignore
const DETERMINERS = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'this', 'that', 'these', 'those', 'some', 'all',
]);
// prettier-ignore
const PHRASE_ENDS = new Set([
  'and', 'or', 'but', 'in', 'from', 'to', 'for', 'that', 'which', 'who', 'with', 'on', 'at', 'by', 'as', 'per',
  'into', 'over', 'under', 'since', 'after', 'before', 'during', 'were', 'was', 'is', 'are', 'had', 'have', 'has',
]);

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
    if (PHRASE_ENDS.has(lower) || /^\p{N}/u.test(word)) break;
    // Articles, adverbs and participles before the noun say how, not what: "of desperately needed grain".
    const modifier =
      DETERMINERS.has(lower) || /ly$/.test(lower) || (/ed$/.test(lower) && i + 1 < words.length);
    if (kept.length === 0 && modifier) continue;
    // A possessive belongs to what follows: "of the country's crude oil" counts "crude oil".
    if (/['’]s$/u.test(word)) {
      kept.length = 0;
      continue;
    }
    kept.push(word);
    if (kept.length === MAX_WORDS) break;
  }
  if (kept.length > 0) return kept.join(' ');
  return claim.normalizedUnit === '%' || /^[A-Z]{3}$/.test(claim.normalizedUnit) ? '' : claim.unit;
}
