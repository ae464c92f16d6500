/** The head noun of a claim: what a number counts or measures, read from the tagged words after it. */
import type { TaggedTerm } from './tagger';
import type { Token } from './tokens';
import { isMeasureUnit, looksPlural, normalizeUnit } from './units';
import type { NumberPhrase } from './claim-number';

// Tags that end the noun phrase after a number.
const PHRASE_STOP = [
  'Verb',
  'Preposition',
  'Conjunction',
  'Determiner',
  'Adverb',
  'Pronoun',
  'Value',
  'QuestionWord',
  'Modal',
  'Negative',
  'WeekDay',
  'Month',
  'Possessive',
];
// Prepositions compromise tags as adjectives ("over", "under", "near"), so the tags alone do not end the phrase.
const MISTAGGED_PREPOSITIONS = /^(?:over|under|near|via|beyond|amid|across|against|towards?)$/;
// Window punctuation that no head noun crosses.
const HARD_STOP = /[.,;:!?()[\]"“”«»—–…\n]/;
const MAX_PHRASE_TOKENS = 7;

/** The text after a number where its head noun can be: up to the clause's end, a few words at most. */
export function headWindow(
  text: string,
  tokens: Token[],
  phrase: NumberPhrase,
): { start: number; end: number; from: number } {
  const numberStart = tokens[phrase.after - 1].start;
  let from = tokens[phrase.after - 1].end;
  let k = phrase.after;
  if (phrase.viaOf) {
    from = tokens[k].end; // skip "of"
    k++;
  }
  let end = from;
  for (let n = 0; n < MAX_PHRASE_TOKENS && k < tokens.length; n++, k++) {
    const token = tokens[k];
    if (
      HARD_STOP.test(text.slice(end, token.start)) ||
      (token.kind === 'punct' && token.text !== '-' && HARD_STOP.test(token.text))
    )
      break;
    end = token.end;
  }
  return { start: numberStart, end, from };
}

/** The head noun in the tagged words after a number: the last noun of the run of adjectives and nouns. */
export function findHead(
  terms: TaggedTerm[],
  value: number,
  digits = false,
): { text: string; end: number } | undefined {
  // "300 such promotions": "such" points back to a kind; the counted noun follows it.
  // "24,000 more yes votes", "two fewer seats": the comparison comes between the number and its noun.
  if (/^(?:such|more|fewer|additional|extra)$/i.test(terms[0]?.text ?? '') && !/\S/.test(terms[0].post))
    terms = terms.slice(1);
  let head: TaggedTerm | undefined;
  let count = 0;
  if (value !== 1 && countedVerbLookalike(terms)) return headOf(terms[0]);
  // "1 save.", "1 tackle (1 combined)": the noun itself.
  if (digits && value === 1 && baseVerbLookalike(terms)) return headOf(terms[0]);
  for (const [n, term] of terms.entries()) {
    // "twelve attack drones": after a noun, a plural-looking "verb" is the counted noun itself,
    // unless it takes an object ("the 93-year-old finishes his term").
    const pluralAfterNoun =
      head !== undefined &&
      value !== 1 &&
      term.tags.has('PresentTense') &&
      looksPlural(term.text) &&
      !OBJECT_START.some((tag) => terms[n + 1]?.tags.has(tag));
    if (pluralAfterNoun) {
      head = term;
      break;
    }
    // "six months' time", "two weeks' notice": a plural possessive is the counted noun; what follows
    // is what the amount describes.
    if (
      term.tags.has('Possessive') &&
      term.tags.has('Noun') &&
      /^['’]/u.test(term.post) &&
      (value !== 1 ? looksPlural(term.text) : !looksPlural(term.text))
    ) {
      head = term;
      break;
    }
    if (PHRASE_STOP.some((tag) => term.tags.has(tag))) break;
    // Prepositions compromise's lexicon files as adjectives: "one rebellion over food standards".
    if (MISTAGGED_PREPOSITIONS.test(term.text)) break;
    // A participle after the counted noun describes it: "a CPU running hot", "a building sitting
    // metres away" (a second -ing word, or one before no noun, is not part of the name).
    if (head && /ing$/i.test(term.text) && (/ing$/i.test(head.text) || !terms[n + 1]?.tags.has('Noun')))
      break;
    // A symbol is no noun, whatever its tags ("4.1 / 5").
    if (!/\p{L}/u.test(term.text)) break;
    if (term.tags.has('Date') && !term.tags.has('Duration')) break;
    const isNoun = term.tags.has('Noun') || term.tags.has('Acronym');
    if (!isNoun && !term.tags.has('Adjective')) break;
    if (++count > MAX_PHRASE_TOKENS) break;
    if (isNoun) head = term;
    if (isNoun && value !== 1 && (term.tags.has('Plural') || looksPlural(term.text))) break;
    // "20 terabyte hard drives", "49.7 million square kilometer forest zone": a unit in the singular
    // after a number above one describes the noun after it; the amount is the number and the unit.
    if (isNoun && value !== 1 && isMeasureUnit(normalizeUnit(term.text)) && isNounRun(terms, n + 1)) break;
    if (/[^\s-]/.test(term.post)) break;
  }
  if (!head) return undefined;
  // A name after a number is a label or a ranking ("Five Obama ..."), not what is counted; a
  // capitalised plural ("three Americans") still counts.
  // A unit written with a capital ("197 Nm") still measures.
  if (
    /^\p{Lu}/u.test(head.text) &&
    !/^\p{Lu}[\p{Lu}.]+$/u.test(head.text) &&
    !looksPlural(head.text) &&
    !isMeasureUnit(normalizeUnit(head.text))
  )
    return undefined;
  return headOf(head);
}

/** True when a noun follows term `n`, maybe after adjectives, before the phrase ends. */
function isNounRun(terms: readonly TaggedTerm[], n: number): boolean {
  // "93 year-old": a unit joined on by a hyphen is an age or a compound, read elsewhere.
  if (!/^\s+$/.test(terms[n - 1]?.post ?? '')) return false;
  for (let k = n; k < terms.length && k < n + 3; k++) {
    if (/[^\s-]/.test(terms[k - 1].post)) return false;
    if (terms[k].tags.has('Noun') && !terms[k].tags.has('Pronoun')) return true;
    // "hard drives now": a plural noun the tagger read as a verb.
    if (terms[k].tags.has('PresentTense') && looksPlural(terms[k].text)) return true;
    if (!terms[k].tags.has('Adjective')) return false;
  }
  return false;
}

function headOf(head: TaggedTerm): { text: string; end: number } {
  const text = head.text.replace(/['’]s?$/u, '');
  return { text, end: head.start + text.length };
}

// What starts a verb's object: "finishes his term", "means the plan".
const OBJECT_START = ['Determiner', 'Pronoun', 'Possessive'];
// What can follow a plural noun but not a verb that takes an object.
const AFTER_SUBJECT = ['Verb', 'Modal', 'Auxiliary', 'Preposition', 'Conjunction', 'Adverb'];

/**
 * "700 volunteers joined": right after a number, a plural-looking present-tense "verb" is the
 * counted noun (a number takes no "-s" verb), unless an object follows ("the value of 700 means
 * the plan failed").
 */
function countedVerbLookalike(terms: readonly TaggedTerm[]): boolean {
  const [first, next] = terms;
  if (!first || !first.tags.has('PresentTense') || !looksPlural(first.text)) return false;
  if (!next || /[^\s-]/.test(first.post)) return true;
  return AFTER_SUBJECT.some((tag) => next.tags.has(tag));
}

const BASE_VERB = ['Infinitive', 'PresentTense'];
const CLAUSE_END = /^\s*[.,;:()!?]/;

/**
 * "He made 1 save.", "1 tackle, 4 assists": right after "1" in digits, a word the tagger read as a verb's
 * base form and that ends the clause is the counted noun: one takes no bare verb ("1 saves" would be the
 * verb), and a figure in digits is no pronoun ("one say").
 */
function baseVerbLookalike(terms: readonly TaggedTerm[]): boolean {
  const [first, next] = terms;
  if (!first || !BASE_VERB.every((tag) => first.tags.has(tag)) || looksPlural(first.text)) return false;
  return !next || CLAUSE_END.test(first.post) || next.tags.has('Conjunction');
}
