/** Finding names: runs of capitalised words, which of them can be a person, and bylines. */
import { isCommonWord, isFunctionWord, isPlaceOrOrganization, wordTags } from './lexicon';
import { DOTTED_ABBREVIATIONS, NON_PERSON_WORDS, PORTFOLIO_LINKS, PORTFOLIOS, titleKind } from './roles';
import { isCapitalized, withoutPossessive, type Token } from './tokens';

// Lower-case particles inside names ("Bashar al-Assad" is one token, "Ursula von der Leyen" is not).
export const PARTICLES = new Set([
  'al',
  'bin',
  'ibn',
  'van',
  'von',
  'der',
  'den',
  'de',
  'da',
  'del',
  'della',
  'di',
  'du',
  'la',
  'le',
  'dos',
  'das',
  'el',
  'ben',
  'abu',
  'y',
  'bint',
]);
export const NAME_PREFIX = /^(?:al|el|ad|as|ash|at|az|an|ar|bin|ibn|abu)-/iu;
const PREFIXED_NAME = /^(?:al|el|ad|as|ash|at|az|an|ar|bin|ibn|abu)-\p{Lu}/u;
// Words built on a name ("post-Mugabe", "anti-Trump"): the name after the hyphen is a mention.
export const DERIVED_NAME = /^(?:pro|anti|post|pre|ex|non)-(?=\p{Lu})/iu;
// Titles whose "of" continues the role ("Secretary of State", "Minister of Defence").
export const ROLE_OF = /^(?:of|for)$/;
const MAX_NAME_TOKENS = 5;

/** A run of capitalised words ("Iranian Supreme Leader Ayatollah Ali Khamenei"), as token indices. */
export interface Phrase {
  tokens: number[];
}

function isNamePart(token: Token | undefined): boolean {
  return !!token && (isCapitalized(token) || PREFIXED_NAME.test(token.text) || DERIVED_NAME.test(token.text));
}

/** Finds the runs of capitalised words, joined by spaces only, with particles and dotted abbreviations. */
export function findPhrases(text: string, tokens: Token[]): Phrase[] {
  const phrases: Phrase[] = [];
  let current: number[] = [];
  const close = () => {
    if (current.length) phrases.push({ tokens: current });
    current = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'punct' && token.text === '.' && current.length && token.start === tokens[i - 1].end) {
      const before = tokens[i - 1].text.toLowerCase();
      // "Mr.", "Gen.", and initials ("George W. Bush") keep the phrase open.
      if (
        (DOTTED_ABBREVIATIONS.has(before) || /^\p{Lu}$/u.test(tokens[i - 1].text)) &&
        isNamePart(tokens[i + 1])
      )
        continue;
      close();
      continue;
    }
    if (!current.length) {
      if (isNamePart(token)) current.push(i);
      continue;
    }
    const previous = tokens[current[current.length - 1]];
    const gapEnd = token.start;
    const joined = gapEnd > previous.end && /^[ \u00a0]+$/.test(text.slice(previous.end, gapEnd));
    const afterDot = tokens[i - 1].text === '.' && tokens[i - 1].end + 1 === token.start;
    if ((joined || afterDot) && !/['’]s$/u.test(previous.text)) {
      if (isNamePart(token)) {
        current.push(i);
        continue;
      }
      const word = token.text.toLowerCase();
      let after = i + 1;
      while (PARTICLES.has(word) && PARTICLES.has(tokens[after]?.text ?? '') && after - i < 3) after++;
      const nextIsName = isNamePart(tokens[after]) && tokens[after].start === tokens[after - 1].end + 1;
      // "Leader of the Opposition": a title's "of" before "the" and a capitalised word.
      const theThenName =
        tokens[after]?.text === 'the' && isNamePart(tokens[after + 1]) && ROLE_OF.test(word);
      if (
        (nextIsName || theThenName) &&
        (PARTICLES.has(word) || (ROLE_OF.test(word) && titleKind(previous.text)))
      ) {
        current.push(i);
        continue;
      }
      // "Leader of the Opposition Jane Roe", "Minister of Tourism and Culture Jane Roe": "the" after a
      // title's "of", and "and" or "&" between the portfolio's words, keep the phrase open.
      if (nextIsName && inPortfolio(tokens, current, word)) {
        current.push(i);
        continue;
      }
    }
    close();
    if (isNamePart(token)) current.push(i);
  }
  close();
  return phrases;
}

/** "the" right after a title's "of", or "and" after a portfolio word that follows a title's "of". */
function inPortfolio(tokens: Token[], current: number[], word: string): boolean {
  const last = current[current.length - 1];
  const previous = tokens[last].text.toLowerCase();
  if (word === 'the')
    return ROLE_OF.test(previous) && !!titleKind(tokens[current[current.length - 2]]?.text ?? '');
  if (word !== 'and' && word !== '&') return false;
  if (!PORTFOLIOS.has(previous) && !PORTFOLIO_LINKS.has(previous)) return false;
  for (let n = current.length - 2; n > 0; n--)
    if (ROLE_OF.test(tokens[current[n]].text)) return !!titleKind(tokens[current[n - 1]].text);
  return false;
}

export const INITIAL = /^\p{Lu}$/u;
export const ROMAN_NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/;

/** The name as written from its first to its last word, without a possessive or soft hyphens. */
export function nameText(text: string, tokens: Token[], indices: number[]): string {
  const last = tokens[indices[indices.length - 1]];
  return text.slice(tokens[indices[0]].start, endWithoutPossessive(last)).replace(/\u00ad/g, '');
}

/** Where a word ends in the text, without a possessive ("Putin’s" ends after "Putin"). */
export function endWithoutPossessive(token: Token): number {
  return token.end - (token.text.length - withoutPossessive(token.text).length);
}

/** The words of a name as its key: possessive dropped, middle initials left out ("Donald J. Trump" is "Donald Trump"). */
export function words(tokens: Token[], indices: number[]): string[] {
  const all = indices.map((i, n) =>
    n === indices.length - 1 ? withoutPossessive(tokens[i].text) : tokens[i].text,
  );
  return all.filter((w, n) => n === 0 || n === all.length - 1 || !INITIAL.test(w));
}

/** True when the words can be a person's name: not an organisation or place, not only common words. */
export function isNameLike(names: string[], afterTitle: boolean): boolean {
  if (names.length === 0 || names.length > MAX_NAME_TOKENS) return false;
  const isAcronym = (n: string, i: number) => /^\p{Lu}{2,}$/u.test(n) && !(i > 0 && ROMAN_NUMERAL.test(n));
  if (names.some((n, i) => NON_PERSON_WORDS.has(n.toLowerCase()) || isAcronym(n, i) || /\d/.test(n)))
    return false;
  // Two words right after a title are a name even when both are also words ("Leader Bill Shorten").
  const common = (n: string) => isCommonWord(n) || isPlaceOrOrganization(n) || PARTICLES.has(n.toLowerCase());
  if (!(afterTitle && names.length > 1) && names.every(common)) return false;
  if (names.length === 1 && (isPlaceOrOrganization(names[0]) || isFunctionWord(names[0]))) return false;
  return true;
}

// Verb forms a title-case headline capitalises after a name ("Premier Doe Arrested In Miami").
const VERB_TAGS = /^(?:PastTense|PresentTense|Gerund)$/;
const HEADLINE_LINKS = /^(?:Preposition|Conjunction)$/;

/** True when the line holding `offset` is set in title case, as headlines are: most of its words capitalised. */
export function inTitleCaseLine(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  const lineWords = text.slice(lineStart, lineEnd).match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  if (lineWords.length < 4) return false;
  const capitalised = lineWords.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised >= lineWords.length * 0.7;
}

/**
 * Ends a name at the verb a title-case headline capitalises after it ("Doe Arrested In Miami"):
 * only there, since a surname can be spelled like a verb in running text.
 */
export function withoutHeadlineVerbs(text: string, tokens: Token[], indices: number[]): number[] {
  // "Tim Cook On Apple ...", "Doe And Roe Meet": a headline's capitalised preposition or conjunction ends it too.
  const end = indices.findIndex(
    (i, n) =>
      n > 0 &&
      !ROLE_OF.test(tokens[i].text.toLowerCase()) &&
      wordTags(tokens[i].text).some((t) => VERB_TAGS.test(t) || HEADLINE_LINKS.test(t)),
  );
  if (end < 0 || !inTitleCaseLine(text, tokens[indices[0]].start)) return indices;
  return indices.slice(0, end);
}

/**
 * True when the words around a phrase say it is no person's mention: an embedded post's signature line
 * ("— Jane Roe (@janeroe) November 18, 2019"), or a firm's name joined by "&" ("Roe & Lee").
 */
export function notAPersonAround(text: string, tokens: Token[], list: number[]): boolean {
  const first = list[0];
  const last = list[list.length - 1];
  if (/^\s*\(@\w+\)/.test(text.slice(tokens[last].end, tokens[last].end + 40))) return true;
  const after = tokens[last + 1];
  if (after?.text === '&' && tokens[last + 2] && isCapitalized(tokens[last + 2])) return true;
  const before = tokens[first - 1];
  return before?.text === '&' && !!tokens[first - 2] && isCapitalized(tokens[first - 2]);
}

/** A byline: a short line holding only names joined by "and" or commas ("By Nasser Karimi and Vladimir Isachenkov"). */
export function isByline(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  if (lineEnd - lineStart > 80) return false;
  const line = text.slice(lineStart, lineEnd).trim();
  return /^(?:By\s+)?\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*)*(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*)*)*$/u.test(
    line,
  );
}
