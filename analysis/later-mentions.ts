/** Later mentions: short forms ("Putin", "de Blasio") resolved to the full name, and every mention found. */
import { isCommonWord, isFirstName, isFunctionWord, isPlaceOrOrganization } from './lexicon';
import { HONORIFICS, NON_PERSON_WORDS, titleKind } from './roles';
import { lower, startsSentence, withoutPossessive, type Token } from './tokens';
import type { PersonMention } from './types';
import {
  DERIVED_NAME,
  INITIAL,
  NAME_PREFIX,
  PARTICLES,
  ROMAN_NUMERAL,
  endWithoutPossessive,
  words,
  type Phrase,
} from './person-names';

export interface Entity {
  names: string[];
  /** The canonical full name: the longest way the text writes it. */
  display: string;
  key: string;
  role: string | null;
  leader: boolean;
  /** A given name the text also calls the person by, after a title ("Mayor Pete"). */
  givenAlias?: string;
}

/**
 * The people known so far by the last word of their name ("Roe" for Jane Roe), for short mentions
 * seen before the names were merged; a last word two people share maps to null.
 */
export function entitiesByLastWord(entities: Map<string, Entity>): Map<string, Entity | null> {
  const byLastWord = new Map<string, Entity | null>();
  for (const entity of entities.values()) {
    const last = entity.names[entity.names.length - 1];
    byLastWord.set(last, byLastWord.has(last) ? null : entity);
  }
  return byLastWord;
}

/**
 * The first word of a full name when it can be a surname written first ("Xi Jinping ... Xi", "Hun
 * Sen ... Hun"): no known given name, common word, place or initial.
 */
function surnameFirst(entity: Entity): string | undefined {
  const first = entity.names[0];
  if (entity.names.length < 2 || PARTICLES.has(first.toLowerCase()) || INITIAL.test(first)) return undefined;
  if (isFirstName(first) || isCommonWord(first) || isPlaceOrOrganization(first)) return undefined;
  return first;
}

/** Folds a one-word name ("Raisi" from "President Raisi") into the full name that ends with it. */
export function mergeShortNames(entities: Map<string, Entity>): Map<string, Entity> {
  const byLast = new Map<string, Entity[]>();
  for (const entity of entities.values()) {
    if (entity.names.length < 2) continue;
    for (const alias of aliasesOf(entity)) byLast.set(alias, [...(byLast.get(alias) ?? []), entity]);
  }
  // A surname written first is an alias only where no full name ends with the word.
  for (const entity of entities.values()) {
    const first = surnameFirst(entity);
    if (first && !byLast.has(first)) byLast.set(first, [entity]);
  }
  const byGiven = new Map<string, Entity[]>();
  for (const entity of entities.values())
    if (entity.names.length > 1)
      byGiven.set(entity.names[0], [...(byGiven.get(entity.names[0]) ?? []), entity]);
  const result = new Map<string, Entity>();
  for (const entity of entities.values()) {
    let full = entity.names.length === 1 ? byLast.get(entity.names[0]) : undefined;
    // "Mayor Pete" after "Pete Buttigieg": a titled given name of one person named in full.
    // "Sir Keir" after "Keir Starmer": a given name after a form of address, too.
    if (!full && entity.names.length === 1 && isFirstName(entity.names[0])) {
      full = byGiven.get(entity.names[0]);
      if (full?.length === 1) full[0].givenAlias = entity.names[0];
    }
    if (full && full.length === 1) {
      const target = full[0];
      if (!target.role || (entity.leader && !target.leader)) target.role = entity.role ?? target.role;
      target.leader ||= entity.leader;
      continue;
    }
    // "Minister Milling", "Governor Doering": a surname in "-ing" after an office, when the lexicon
    // does not know it as a word ("Chief Critical" stays out: "-ical" is an adjective's ending).
    // "Vice President Pence": a titled leader's one name is kept though it is also a word, unless it is
    // shaped like one ("Chief Critical", "Leaders Forum").
    const titled =
      entity.leader &&
      entity.role !== null &&
      (/ing$/.test(entity.names[0])
        ? !isCommonWord(entity.names[0])
        : !COMMON_ENDING.test(entity.names[0].toLowerCase()));
    if (entity.names.length === 1 && !looksLikeSurname(entity.names[0]) && !titled) continue;
    result.set(entity.key, entity);
  }
  return result;
}

// A hyphen and a lower-case word after a name, making a modifier of it: "-era", "-imposed", "-backed".
const JOINED_MODIFIER = /-\p{Ll}[\p{Ll}-]*$/u;

// Endings of common English words that a capitalised word after a title ("Leaders Forum",
// "Ethics Chief Critical") has, and surnames rarely do.
const COMMON_ENDING =
  /(?:ic|ous|ive|ing|ed|ment|tion|sion|ness|ity|ism|ers|ship|ance|ence|able|ible|ical|ial|um)$/;

/** A lone capitalised word that can be a surname: not a known common word, not shaped like one. */
function looksLikeSurname(word: string): boolean {
  return !isCommonWord(word) && !COMMON_ENDING.test(word.toLowerCase()) && !/^\p{Lu}+$/u.test(word);
}

/** The short forms a full name is later written as: its last word, with and without "al-". */
function aliasesOf(entity: Entity): string[] {
  const named = entity.names.filter((n, i) => i === 0 || !ROMAN_NUMERAL.test(n));
  const last = named[named.length - 1];
  const bare = last.replace(NAME_PREFIX, '');
  return bare !== last && bare.length > 1 ? [last, bare] : [last];
}

/**
 * Where a surname's particles start when the text writes them before it as the full name does
 * ("Bill de Blasio" later "de Blasio" or "De Blasio"), or undefined.
 */
function particlesBefore(text: string, tokens: Token[], at: number, names: string[]): number | undefined {
  let n = names.length - 2;
  let k = at - 1;
  let start: number | undefined;
  while (n > 0 && PARTICLES.has(names[n]) && tokens[k]?.text.toLowerCase() === names[n]) {
    if (!/^[ \u00a0]$/.test(text.slice(tokens[k].end, tokens[k + 1].start))) break;
    start = tokens[k].start;
    n--;
    k--;
  }
  return n > 0 && PARTICLES.has(names[n]) ? undefined : start;
}

/**
 * True when the word before a short form in its phrase is a given name of someone else ("Hunter
 * Biden" when only Joe Biden is known): not a title, form of address, function word, place or
 * nationality, nor a sentence's first word.
 */
function isOtherGivenName(tokens: Token[], list: number[], p: number): boolean {
  const before = tokens[list[p - 1]];
  if (isFirstName(before.text)) return true;
  const word = withoutPossessive(before.text);
  if (titleKind(word) || HONORIFICS.has(word.toLowerCase()) || isFunctionWord(word)) return false;
  if (PARTICLES.has(word.toLowerCase())) return false;
  if (isPlaceOrOrganization(word) || DERIVED_NAME.test(word) || /^\p{Lu}+$/u.test(word)) return false;
  // "Later Roe left": a sentence's capitalised first word, unless it is a known given name.
  return p > 1 || !startsSentence(tokens, list[0]);
}

/**
 * The people a given name alone can stand for ("Joe" after "Joe Biden"): a word the lexicon knows as a given
 * name only, not a function word or place, that is the first word of one person's full name and no one's
 * short form.
 */
function givenNames(
  entities: Map<string, Entity>,
  byAlias: Map<string, Entity | null>,
): Map<string, Entity | null> {
  const byGiven = new Map<string, Entity | null>();
  for (const entity of entities.values()) {
    const given = entity.names[0];
    if (entity.names.length < 2 || byAlias.has(given) || !isFirstName(given)) continue;
    if (isFunctionWord(given) || isPlaceOrOrganization(given)) continue;
    byGiven.set(given, byGiven.has(given) && byGiven.get(given) !== entity ? null : entity);
  }
  return byGiven;
}

/** Finds every mention of the known people, full names first, then short forms that resolve to one person. */
export function findMentions(
  text: string,
  tokens: Token[],
  phrases: Phrase[],
  entities: Map<string, Entity>,
): { leaders: PersonMention[]; people: PersonMention[] } {
  const byFirst = new Map<string, Entity[]>();
  const byAlias = new Map<string, Entity | null>();
  for (const entity of entities.values()) {
    byFirst.set(entity.names[0], [...(byFirst.get(entity.names[0]) ?? []), entity]);
    const aliases = entity.names.length > 1 ? aliasesOf(entity) : entity.names;
    for (const alias of entity.givenAlias ? [...aliases, entity.givenAlias] : aliases) {
      const seen = byAlias.get(alias);
      byAlias.set(alias, seen === undefined || seen === entity ? entity : null);
    }
  }
  for (const entity of entities.values()) {
    const first = surnameFirst(entity);
    if (first && !byAlias.has(first)) byAlias.set(first, entity);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.names.length - a.names.length);
  const byGiven = givenNames(entities, byAlias);
  // The last two words of a name of three or more, neither a particle: a two-word surname.
  const byLastTwo = new Map<string, Entity | undefined>();
  for (const entity of entities.values()) {
    const n = entity.names.length;
    if (n < 3 || PARTICLES.has(entity.names[n - 2].toLowerCase())) continue;
    const pair = `${entity.names[n - 2]} ${entity.names[n - 1]}`;
    byLastTwo.set(pair, byLastTwo.has(pair) ? undefined : entity);
  }

  const leaders: PersonMention[] = [];
  const people: PersonMention[] = [];
  for (const phrase of phrases) {
    const list = phrase.tokens;
    for (let p = 0; p < list.length; p++) {
      const written = withoutPossessive(tokens[list[p]].text);
      const prefix = written.match(DERIVED_NAME)?.[0].length ?? 0;
      // "Trump-era", "the Putin-backed rebels": a known name joined by a hyphen to a lower-case word that
      // makes a modifier of it; only the name is the mention.
      const modifier =
        p === list.length - 1 ? (written.slice(prefix).match(JOINED_MODIFIER)?.[0].length ?? 0) : 0;
      const word = written.slice(prefix, written.length - modifier);
      let match: Entity | undefined;
      let length = 1;
      for (const candidate of byFirst.get(word) ?? []) {
        const n = candidate.names.length;
        if (n < 2) continue;
        // Take n name words from p on, stepping over middle initials.
        let q = p;
        let taken = 1;
        while (taken < n && q + 1 < list.length) if (!INITIAL.test(tokens[list[++q]].text)) taken++;
        if (taken === n && words(tokens, list.slice(p, q + 1)).join(' ') === candidate.key) {
          match = candidate;
          length = q + 1 - p;
          break;
        }
      }
      // "López Obrador" after "Andrés Manuel López Obrador": a surname of two words, written together.
      if (!match && p + 1 < list.length) {
        const pair = byLastTwo.get(`${word} ${withoutPossessive(tokens[list[p + 1]].text)}`);
        if (pair) {
          match = pair;
          length = 2;
        }
      }
      // A short form inside an organisation's name ("Dana F. Besecker Company") is not the person.
      const inOrganization = list
        .slice(p + 1)
        .some((i) => NON_PERSON_WORDS.has(tokens[i].text.toLowerCase()));
      // "Hunter Biden" when only Joe Biden is known: a given name before the short form is another person's.
      const otherGiven = p > 0 && length === 1 && isOtherGivenName(tokens, list, p);
      if (!match && !inOrganization && !otherGiven) match = byAlias.get(word) ?? undefined;
      if (modifier && (!match || length !== 1)) continue;
      // "Joe" for Joe Biden, "Sir Keir" for Keir Starmer: a given name alone, or after a form of address.
      if (!match && p === list.length - 1 && (p === 0 || (p === 1 && HONORIFICS.has(lower(tokens[list[0]])))))
        match = byGiven.get(word) ?? undefined;
      if (!match) continue;
      const first = { start: tokens[list[p]].start + prefix };
      // "de Blasio", "Van der Berg": a short form keeps the particles the full name puts before it.
      if (length === 1 && match.names.length > 2 && prefix === 0)
        first.start = particlesBefore(text, tokens, list[p], match.names) ?? first.start;
      const lastToken = tokens[list[p + length - 1]];
      // "Oubre Jr.": the abbreviation's dot belongs to the name.
      const end = modifier
        ? lastToken.start + prefix + word.length
        : endWithoutPossessive(lastToken) +
          (/^[JS]r$/.test(lastToken.text) && text[lastToken.end] === '.' ? 1 : 0);
      const mention = {
        start: first.start,
        end,
        text: text.slice(first.start, end),
        name: match.display,
        role: match.role,
      };
      (match.leader ? leaders : people).push(mention);
      p += length - 1;
    }
  }
  return { leaders, people };
}
