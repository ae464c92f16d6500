import { isFirstName, isFunctionWord, isPlaceOrOrganization } from './lexicon';
import { HONORIFICS, ROLE_MODIFIERS, titleKind } from './roles';
import { isCapitalized, startsSentence, tokenize, withoutPossessive, type Token } from './tokens';
import type { PersonMention } from './types';
import {
  findPhrases,
  isByline,
  isNameLike,
  nameText,
  notAPersonAround,
  withoutHeadlineVerbs,
  words,
  type Phrase,
} from './person-names';
import { appositionAfter, canModifyRole, refineKind, splitTitle, titleBefore } from './offices';
import { applyRolesByPredicate, applyRolesWithAs, rolesStatedWithAs, type SeenName } from './offices-as';
import { applyRolesByDescription, applyRolesByGovernment } from './offices-described';
import { findMentions, mergeShortNames, type Entity } from './later-mentions';

// First words of place names that are never given names ("North Dakota", "New Mexico", "Saudi Arabia").
// prettier-ignore
const PLACE_STARTS = new Set([
  'new', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'saudi', 'sri', 'costa',
  'hong', 'burkina', 'papua', 'puerto', 'upper', 'lower', 'greater',
]);

/** What one phrase says about a person: their name and, when the text states one, a role. */
interface NameEvidence {
  names: string[];
  /** The name as the text writes it, initials and all ("Charles Q. Brown"). */
  written: string;
  role: string | null;
  kind: 'leader' | 'other' | null;
}

/**
 * Finds named people and tells leaders from the others by the office the text gives them: a title
 * before the name, an apposition after it, or a lower-case title ("the president, Joe Biden").
 * Later short mentions ("Putin", "Mr Erdogan") resolve to the full name.
 */
export function findPeople(
  text: string,
  tokens: Token[] = tokenize(text),
): { leaders: PersonMention[]; people: PersonMention[] } {
  // A name in an embedded post's signature line or a firm's name is no person's mention, nor may it take
  // an office from the clause around it: left out of every rule below, once.
  const phrases = findPhrases(text, tokens).filter((p) => !notAPersonAround(text, tokens, p.tokens));
  const entities = new Map<string, Entity>();

  const seen: SeenName[] = [];
  let previous: { phrase: Phrase; evidence: NameEvidence } | undefined;
  for (const phrase of phrases) {
    // "former Ministers A and Theresa B": a name known as a person's without a role of its own takes
    // the plural title before it.
    const own = readEvidence(text, tokens, phrase);
    const evidence = own?.role ? own : (sharedRole(text, tokens, previous, phrase) ?? own);
    previous = evidence ? { phrase, evidence } : undefined;
    const start = tokens[phrase.tokens[0]].start;
    const end = tokens[phrase.tokens[phrase.tokens.length - 1]].end;
    if (!evidence) {
      if (phrase.tokens.length === 1)
        seen.push({ start, end, word: withoutPossessive(tokens[phrase.tokens[0]].text) });
      else {
        // A name no rule recognised ("Deqa Dhalac"): a person if the clause states their office.
        const names = words(tokens, phrase.tokens);
        if (names.length <= 3 && isNameLike(names, false))
          seen.push({ start, end, unknown: { names, written: nameText(text, tokens, phrase.tokens) } });
      }
      continue;
    }
    const key = evidence.names.join(' ');
    seen.push({ start, end, key });
    const entity = entities.get(key) ?? {
      names: evidence.names,
      display: evidence.written,
      key,
      role: null,
      leader: false,
    };
    if (evidence.written.length > entity.display.length) entity.display = evidence.written;
    if (evidence.role && (!entity.role || (evidence.kind === 'leader' && !entity.leader)))
      entity.role = evidence.role;
    if (evidence.kind === 'leader') entity.leader = true;
    entities.set(key, entity);
  }

  applyRolesWithAs(text, rolesStatedWithAs(text, tokens), seen, entities);
  applyRolesByPredicate(text, tokens, seen, entities);
  applyRolesByDescription(text, tokens, seen, entities);
  applyRolesByGovernment(text, tokens, entities);
  const resolved = mergeShortNames(entities);
  return findMentions(text, tokens, phrases, resolved);
}

/**
 * The role a name shares with the one before it under a plural title: "cabinet ministers Jonathan
 * Moyo and Saviour Kasukuwere", "Presidents Putin, Raisi and Erdogan".
 */
function sharedRole(
  text: string,
  tokens: Token[],
  previous: { phrase: Phrase; evidence: NameEvidence } | undefined,
  phrase: Phrase,
): NameEvidence | undefined {
  const role = previous?.evidence.role;
  if (!previous || !role || !/[^s]s$/.test(role) || !titleKind(role.split(/\s+/).pop() ?? ''))
    return undefined;
  const gap = text.slice(
    tokens[previous.phrase.tokens[previous.phrase.tokens.length - 1]].end,
    tokens[phrase.tokens[0]].start,
  );
  if (!/^\s*(?:,|,?\s*and|&)\s*$/.test(gap)) return undefined;
  const names = words(tokens, phrase.tokens);
  if (!isNameLike(names, true)) return undefined;
  return { names, written: nameText(text, tokens, phrase.tokens), role, kind: previous.evidence.kind };
}

/** Reads the name and role that one phrase and its surroundings state, if it names a person. */
function readEvidence(text: string, tokens: Token[], phrase: Phrase): NameEvidence | undefined {
  const list = phrase.tokens;
  const { nameFrom, titleAt } = splitTitle(tokens, phrase);
  let nameIndices = list.slice(nameFrom);
  // Drop a leading function word the sentence start capitalised ("But Putin").
  while (nameIndices.length > 1 && isFunctionWord(tokens[nameIndices[0]].text))
    nameIndices = nameIndices.slice(1);
  nameIndices = withoutHeadlineVerbs(text, tokens, nameIndices);
  const names = words(tokens, nameIndices);
  if (!isNameLike(names, titleAt >= 0)) return undefined;
  // "Fargo, North Dakota, mayor": a compass point or "New" starts a place, not a person, whatever
  // title stands near it (a title inside the phrase, "North Dakota Governor Ann Lee", is read above).
  if (titleAt < 0 && names.length <= 3 && PLACE_STARTS.has(names[0].toLowerCase())) return undefined;
  if (isByline(text, tokens[list[0]].start)) return undefined;
  // "Currently, the head of ...": a sentence's opening adverb set off by a comma, not a name.
  if (names.length === 1 && /ly$/.test(names[0]) && !isFirstName(names[0]) && startsSentence(tokens, list[0]))
    return undefined;

  if (titleAt >= 0) {
    let roleFrom = titleAt;
    while (roleFrom > 0 && canModifyRole(tokens[list[roleFrom - 1]])) roleFrom--;
    let start = tokens[list[roleFrom]].start;
    let before = list[roleFrom] - 1;
    // "Turkey’s President Erdogan", "former US President Donald Trump".
    if (
      roleFrom === 0 &&
      tokens[before] &&
      /['’]s$/u.test(tokens[before].text) &&
      isCapitalized(tokens[before])
    )
      start = tokens[before--].start;
    if (
      roleFrom === 0 &&
      tokens[before] &&
      ROLE_MODIFIERS.has(tokens[before].text.toLowerCase()) &&
      !isCapitalized(tokens[before])
    )
      start = tokens[before].start;
    const role = text.slice(start, tokens[list[titleAt]].end);
    const kind = refineKind(tokens, list[titleAt], titleKind(tokens[list[titleAt]].text) ?? 'other');
    // "Dr. Tedros ..., the director-general of the WHO": an office after the name outranks a form of address.
    const apposition = kind === 'other' ? appositionAfter(text, tokens, list[list.length - 1]) : undefined;
    if (apposition?.kind === 'leader')
      return { names, ...apposition, written: nameText(text, tokens, nameIndices) };
    return { names, role, kind, written: nameText(text, tokens, nameIndices) };
  }

  const written = nameText(text, tokens, nameIndices);
  const closed = /^[,.;:)!?]$/.test(tokens[list[list.length - 1] + 1]?.text ?? '.');
  const lowerTitle = titleBefore(text, tokens, list[0], closed);
  if (lowerTitle) return { names, written, ...lowerTitle };
  const apposition = appositionAfter(text, tokens, list[list.length - 1]);
  if (apposition) return { names, written, ...apposition };
  if (HONORIFICS.has(tokens[list[0]].text.toLowerCase()) && nameFrom > 0)
    return { names, written, role: null, kind: null };
  if (names.length >= 2 && isFirstName(names[0]) && !isPlaceOrOrganization(names[names.length - 1])) {
    return { names, written, role: null, kind: null };
  }
  return undefined;
}
