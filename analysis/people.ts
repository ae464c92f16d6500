import { isCommonWord, isFirstName, isFunctionWord, isPlaceOrOrganization } from './lexicon';
import {
  APPOSITION_OPENERS,
  DOTTED_ABBREVIATIONS,
  HONORIFICS,
  NON_PERSON_WORDS,
  ROLE_MODIFIERS,
  titleKind,
} from './roles';
import { isCapitalized, tokenize, withoutPossessive, type Token } from './tokens';
import { singular } from './units';
import type { PersonMention } from './types';

// Lower-case particles inside names ("Bashar al-Assad" is one token, "Ursula von der Leyen" is not).
const PARTICLES = new Set([
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
const NAME_PREFIX = /^(?:al|el|ad|as|ash|at|az|an|ar|bin|ibn|abu)-/iu;
const PREFIXED_NAME = /^(?:al|el|ad|as|ash|at|az|an|ar|bin|ibn|abu)-\p{Lu}/u;
// Words built on a name ("post-Mugabe", "anti-Trump"): the name after the hyphen is a mention.
const DERIVED_NAME = /^(?:pro|anti|post|pre|ex|non)-(?=\p{Lu})/iu;
// Titles whose "of" continues the role ("Secretary of State", "Minister of Defence").
const ROLE_OF = /^(?:of|for)$/;
const MAX_NAME_TOKENS = 5;
// First words of two-word place names ("New Zealand", "Saudi Arabia", "South Africa", "Sri Lanka").
// prettier-ignore
const PLACE_FIRST_WORDS = new Set([
  'new', 'south', 'north', 'east', 'west', 'saudi', 'united', 'sri', 'costa', 'hong', 'el', 'san', 'sierra',
  'burkina', 'papua', 'puerto', 'ivory', 'czech', 'dominican', 'central', 'equatorial', 'western', 'northern',
  'southern', 'eastern',
]);
const MAX_APPOSITION_TOKENS = 16;
const APPOSITION_END = new Set([',', '.', ';', ':', ')', '—', '–', '!', '?', '“', '”', '"']);

/** A run of capitalised words ("Iranian Supreme Leader Ayatollah Ali Khamenei"), as token indices. */
interface Phrase {
  tokens: number[];
}

/** What one phrase says about a person: their name and, when the text states one, a role. */
interface NameEvidence {
  names: string[];
  /** The name as the text writes it, initials and all ("Charles Q. Brown"). */
  written: string;
  role: string | null;
  kind: 'leader' | 'other' | null;
}

/** A role the text gives around a name, and whether it makes the person a leader. */
interface RoleEvidence {
  role: string;
  kind: 'leader' | 'other';
}

interface Entity {
  names: string[];
  /** The canonical full name: the longest way the text writes it. */
  display: string;
  key: string;
  role: string | null;
  leader: boolean;
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
  const phrases = findPhrases(text, tokens);
  const entities = new Map<string, Entity>();

  const seen: SeenName[] = [];
  let previous: { phrase: Phrase; evidence: NameEvidence } | undefined;
  for (const phrase of phrases) {
    const evidence = readEvidence(text, tokens, phrase) ?? sharedRole(text, tokens, previous, phrase);
    previous = evidence ? { phrase, evidence } : undefined;
    const start = tokens[phrase.tokens[0]].start;
    const end = tokens[phrase.tokens[phrase.tokens.length - 1]].end;
    if (!evidence) {
      if (phrase.tokens.length === 1)
        seen.push({ start, end, word: withoutPossessive(tokens[phrase.tokens[0]].text) });
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
  const resolved = mergeShortNames(entities);
  return findMentions(text, tokens, phrases, resolved);
}

/** Where a possible person mention is, with its key (a full name) or, unresolved, its one word. */
interface SeenName {
  start: number;
  end: number;
  key?: string;
  word?: string;
}

/** A leader's office stated in an "as" phrase: "As party leader, she ...", "X, as prime minister, ...". */
interface RoleWithAs {
  /** Offset of "as". */
  at: number;
  role: string;
  /** Who holds it: a pronoun after the phrase, or the name right before it. */
  holder: 'pronoun' | 'before';
}

const SUBJECT_PRONOUNS = new Set(['he', 'she']);
const MAX_ROLE_WORDS = 5;

/**
 * Finds "as" phrases that state a leadership office and whom they are about: "By 2019, as Senate
 * majority leader, he ..." (the pronoun) or "Mensah, as finance minister, ..." (the name before).
 * "as a leader" (indefinite) describes, it names no office.
 */
function rolesStatedWithAs(text: string, tokens: Token[]): RoleWithAs[] {
  const found: RoleWithAs[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text !== 'as' && tokens[i].text !== 'As') continue;
    let j = i + 1;
    if (
      tokens[j]?.text.toLowerCase() === 'the' ||
      (tokens[j] && isCapitalized(tokens[j]) && /['’]s$/u.test(tokens[j].text))
    )
      j++;
    let title = -1;
    let k = j;
    for (; k < tokens.length && k - j < MAX_ROLE_WORDS; k++) {
      const token = tokens[k];
      if (token.kind !== 'word') break;
      const lower = token.text.toLowerCase();
      if (titleKind(token.text)) title = k;
      else if (!ROLE_MODIFIERS.has(lower) && !(isCapitalized(token) && canModifyRole(token))) break;
    }
    if (title < 0 || k !== title + 1 || tokens[k]?.text !== ',') continue;
    if (titleKind(tokens[title].text) !== 'leader' || refineKind(tokens, title, 'leader') !== 'leader')
      continue;
    const role = text.slice(tokens[j].start, tokens[title].end);
    if (SUBJECT_PRONOUNS.has(tokens[k + 1]?.text.toLowerCase() ?? ''))
      found.push({ at: tokens[i].start, role, holder: 'pronoun' });
    else if (tokens[i - 1]?.text === ',') found.push({ at: tokens[i].start, role, holder: 'before' });
  }
  return found;
}

// A sentence end: a full stop, question or exclamation mark before a space and a capital or quote.
const SENTENCE_BREAK = /[.!?]['"”’)]*\s+(?=['"“‘(]?\p{Lu})|\n/u;

/**
 * Gives the offices "as" phrases state to the people they are about: for a pronoun, the first person
 * named in the sentence of the latest mention (the subject a "he" or "she" most often takes up), in
 * the same or the previous sentence; for "X, as ...," the name right before.
 */
function applyRolesWithAs(
  text: string,
  stated: readonly RoleWithAs[],
  seen: readonly SeenName[],
  entities: Map<string, Entity>,
): void {
  if (stated.length === 0) return;
  const byLastWord = new Map<string, Entity | null>();
  for (const entity of entities.values()) {
    const last = entity.names[entity.names.length - 1];
    byLastWord.set(last, byLastWord.has(last) ? null : entity);
  }
  const people: { start: number; end: number; entity: Entity }[] = [];
  for (const mention of seen) {
    const entity = mention.key ? entities.get(mention.key) : byLastWord.get(mention.word ?? '');
    if (entity) people.push({ start: mention.start, end: mention.end, entity });
  }
  let next = 0;
  for (const { at, role, holder } of stated) {
    while (next < people.length && people[next].end <= at) next++;
    let last = next - 1;
    if (last < 0 || at - people[last].end > MAX_ROLE_DISTANCE) continue;
    if (holder === 'before' && !/^\s*,\s*$/.test(text.slice(people[last].end, at))) continue;
    if (holder === 'pronoun') {
      // One character more on each side: a break is seen by the capital after it.
      if (text.slice(people[last].end, at + 1).split(SENTENCE_BREAK).length - 1 > 1) continue;
      const first = last;
      while (
        last > 0 &&
        first - last < MAX_ROLE_DISTANCE_MENTIONS &&
        people[last].start - people[last - 1].end < MAX_ROLE_DISTANCE &&
        !SENTENCE_BREAK.test(text.slice(people[last - 1].end, people[last].start + 1))
      )
        last--;
    }
    const entity = people[last].entity;
    if (entity.leader) continue;
    entity.leader = true;
    entity.role = role;
  }
}

// How far an "as" phrase reaches back for its holder: characters, and names in one sentence.
const MAX_ROLE_DISTANCE = 400;
const MAX_ROLE_DISTANCE_MENTIONS = 8;

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
  if (!previous || !role || !/s$/.test(role) || !titleKind(role.split(/\s+/).pop() ?? '')) return undefined;
  const gap = text.slice(
    tokens[previous.phrase.tokens[previous.phrase.tokens.length - 1]].end,
    tokens[phrase.tokens[0]].start,
  );
  if (!/^\s*(?:,|,?\s*and|&)\s*$/.test(gap)) return undefined;
  const names = words(tokens, phrase.tokens);
  if (!isNameLike(names, true)) return undefined;
  return { names, written: nameText(text, tokens, phrase.tokens), role, kind: previous.evidence.kind };
}

function isNamePart(token: Token | undefined): boolean {
  return !!token && (isCapitalized(token) || PREFIXED_NAME.test(token.text) || DERIVED_NAME.test(token.text));
}

/** Finds the runs of capitalised words, joined by spaces only, with particles and dotted abbreviations. */
function findPhrases(text: string, tokens: Token[]): Phrase[] {
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
      if (nextIsName && (PARTICLES.has(word) || (ROLE_OF.test(word) && titleKind(previous.text)))) {
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

const INITIAL = /^\p{Lu}$/u;
const ROMAN_NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/;

/** The name as written from its first to its last word, without a possessive or soft hyphens. */
function nameText(text: string, tokens: Token[], indices: number[]): string {
  const last = tokens[indices[indices.length - 1]];
  return text.slice(tokens[indices[0]].start, endWithoutPossessive(last)).replace(/\u00ad/g, '');
}

/** Where a word ends in the text, without a possessive ("Putin’s" ends after "Putin"). */
function endWithoutPossessive(token: Token): number {
  return token.end - (token.text.length - withoutPossessive(token.text).length);
}

/** The words of a name as its key: possessive dropped, middle initials left out ("Donald J. Trump" is "Donald Trump"). */
function words(tokens: Token[], indices: number[]): string[] {
  const all = indices.map((i, n) =>
    n === indices.length - 1 ? withoutPossessive(tokens[i].text) : tokens[i].text,
  );
  return all.filter((w, n) => n === 0 || n === all.length - 1 || !INITIAL.test(w));
}

/** True when the words can be a person's name: not an organisation or place, not only common words. */
function isNameLike(names: string[], afterTitle: boolean): boolean {
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

/** Index in the phrase where the name starts after a title and honorifics, or -1 if there is no title. */
function splitTitle(tokens: Token[], phrase: Phrase): { nameFrom: number; titleAt: number } {
  const list = phrase.tokens;
  for (let k = list.length - 2; k >= 0; k--) {
    const word = tokens[list[k]].text;
    const lower = word.toLowerCase();
    if (titleKind(word) || HONORIFICS.has(lower)) {
      let nameFrom = k + 1;
      // "Secretary of State Antony Blinken": the role runs on through common words after "of".
      if (ROLE_OF.test(tokens[list[nameFrom]].text)) {
        nameFrom++;
        // "CEO of OpenAI": one word after "of" is what the title is over, not who holds it.
        if (nameFrom === list.length - 1) return { nameFrom: list.length, titleAt: k };
        while (
          nameFrom < list.length - 1 &&
          (isCommonWord(tokens[list[nameFrom]].text) || isPlaceOrOrganization(tokens[list[nameFrom]].text))
        ) {
          // "King of Saudi Arabia", "Prime Minister of New Zealand Jacinda Ardern": the word after a
          // place's first word ("New", "Saudi") is the rest of the place, whatever it is.
          if (PLACE_FIRST_WORDS.has(tokens[list[nameFrom]].text.toLowerCase())) nameFrom++;
          nameFrom++;
        }
        // "Minister of Foreign Affairs Sergei Lavrov": a given name further on starts the name.
        for (let j = nameFrom + 1; j < list.length - 1; j++) {
          if (isFirstName(tokens[list[j]].text) && !isFirstName(tokens[list[nameFrom]].text)) {
            nameFrom = j;
            break;
          }
        }
      }
      let titleAt = k;
      // "Supreme Leader Ayatollah Ali Khamenei": a form of address after a title is not the role.
      while (
        titleAt > 0 &&
        (HONORIFICS.has(tokens[list[titleAt]].text.toLowerCase()) ||
          tokens[list[titleAt]].text.toLowerCase() === 'ayatollah') &&
        titleKind(tokens[list[titleAt - 1]].text)
      )
        titleAt--;
      if (HONORIFICS.has(tokens[list[titleAt]].text.toLowerCase())) titleAt = -1;
      return { nameFrom, titleAt };
    }
  }
  return { nameFrom: 0, titleAt: -1 };
}

/** True when the token can belong to a role before a title: not a function word, verb or date. */
function canModifyRole(token: Token): boolean {
  // "US", "U.S.", "NATO" are acronyms; "AS" or "IN" is a function word set in capitals (a drop cap).
  if (/^\p{Lu}[\p{Lu}.]+$/u.test(token.text)) return token.text === 'US' || !isFunctionWord(token.text);
  return !isFunctionWord(withoutPossessive(token.text));
}

/** Reads the name and role that one phrase and its surroundings state, if it names a person. */
function readEvidence(text: string, tokens: Token[], phrase: Phrase): NameEvidence | undefined {
  const list = phrase.tokens;
  const { nameFrom, titleAt } = splitTitle(tokens, phrase);
  let nameIndices = list.slice(nameFrom);
  // Drop a leading function word the sentence start capitalised ("But Putin").
  while (nameIndices.length > 1 && isFunctionWord(tokens[nameIndices[0]].text))
    nameIndices = nameIndices.slice(1);
  const names = words(tokens, nameIndices);
  if (!isNameLike(names, titleAt >= 0)) return undefined;
  if (isByline(text, tokens[list[0]].start)) return undefined;

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
  const lowerTitle = titleBefore(text, tokens, list[0]);
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

const DEMOTING_MODIFIERS = new Set([
  'press',
  'private',
  'personal',
  'assistant',
  'parliamentary',
  'junior',
  // Heads of a part of an organisation: "the department head", "the team leader".
  'department',
  'team',
  'section',
  'division',
  'project',
  'lab',
  'laboratory',
  'programme',
  'program',
]);

/** "chief executive" and "chief operating officer" head a company: leader, though "executive" alone is not. */
function refineKind(tokens: Token[], at: number, kind: 'leader' | 'other'): 'leader' | 'other' {
  const word = tokens[at].text.toLowerCase();
  const before = tokens[at - 1]?.text.toLowerCase() ?? '';
  if ((word === 'executive' || word === 'officer') && before === 'chief') return 'leader';
  // A press or private secretary speaks for a leader; they do not lead.
  if (DEMOTING_MODIFIERS.has(before)) return 'other';
  // "vice president of electrical engineering", "head of the department": an office over a field or
  // a unit (common words), not over a country or an organisation with a name.
  // The "of" phrase runs on through words and further "of"s ("of the regional government of Odessa").
  if (tokens[at + 1]?.text.toLowerCase() === 'of') {
    for (let k = at + 2; k < at + 10; k++) {
      const token = tokens[k];
      if (!token || token.kind !== 'word') return 'other';
      if (isCapitalized(token)) return kind === 'leader' && namesProfessionBody(tokens, k) ? 'other' : kind;
      if (isFunctionWord(token.text) && !['of', 'the', 'a', 'an', 'and'].includes(token.text.toLowerCase()))
        return 'other';
    }
    return 'other';
  }
  return kind;
}

// Plural titles that name a legislature's members, not a profession ("House of Representatives").
const CHAMBER_MEMBERS = new Set(['representative', 'member', 'deputy', 'lawmaker', 'legislator', 'senator']);

/**
 * True when the organisation name that starts at token `k` is a body of people of one profession
 * or trade ("the Council of Economic Advisers", "the Vessel Owners Association", "the Union of
 * Concerned Scientists"): its head leads an association, not a country, company or party.
 */
function namesProfessionBody(tokens: Token[], k: number): boolean {
  for (let n = k; n < k + 8 && tokens[n]?.kind === 'word'; n++) {
    const token = tokens[n];
    if (!isCapitalized(token)) {
      if (!ORGANISATION_LINKS.has(token.text) || !isCapitalized(tokens[n + 1] ?? token)) return false;
      continue;
    }
    const word = withoutPossessive(token.text).toLowerCase();
    const one = singular(word);
    if (one !== word && titleKind(one) === 'other' && !CHAMBER_MEMBERS.has(one)) return true;
  }
  return false;
}
const ORGANISATION_LINKS = new Set(['of', 'for', 'and', 'the']);

/** A lower-case title right before the name: "the Russian president, Vladimir Putin", "Kremlin spokesman Dmitry Peskov". */
function titleBefore(text: string, tokens: Token[], first: number): RoleEvidence | undefined {
  let at = first - 1;
  if (tokens[at]?.text === ',') at--;
  const title = tokens[at];
  if (tokens[first - 1]?.text === ',') {
    const described = titleOfBefore(text, tokens, first - 1);
    if (described) return described;
  }
  if (!title || title.kind !== 'word' || isCapitalized(title) || first - at > 2) return undefined;
  const kind = titleKind(title.text);
  if (!kind) return undefined;
  let from = at;
  for (let n = 0; n < 5 && from > 0; n++) {
    const token = tokens[from - 1];
    if (token.kind !== 'word' || !/^[ \u00a0]$/.test(text.slice(token.end, tokens[from].start))) break;
    const lower = token.text.toLowerCase();
    if (
      ROLE_MODIFIERS.has(lower) ||
      (isCapitalized(token) && canModifyRole(token)) ||
      /['’]s$/u.test(token.text)
    )
      from--;
    else break;
  }
  return { role: text.slice(tokens[from].start, title.end), kind: refineKind(tokens, at, kind) };
}

/** A role with "of" before the name and a comma: "The leader of Ennahda, Rachid Ghannouchi". */
function titleOfBefore(text: string, tokens: Token[], comma: number): RoleEvidence | undefined {
  for (let k = comma - 2; k >= 0 && comma - k <= 8; k--) {
    const token = tokens[k];
    if (token.kind !== 'word') return undefined;
    const next = tokens[k + 1].text.toLowerCase();
    const kind = titleKind(token.text);
    if (kind && !isCapitalized(token) && (next === 'of' || next === 'for')) {
      const opener = tokens[k - 1]?.text.toLowerCase() ?? '';
      if (!['the', 'a', 'an', 'its', 'former'].includes(opener) && !/['’]s$/u.test(tokens[k - 1]?.text ?? ''))
        return undefined;
      return { role: text.slice(token.start, tokens[comma - 1].end), kind: refineKind(tokens, k, kind) };
    }
    if (isFunctionWord(token.text) && !['of', 'for', 'the'].includes(token.text.toLowerCase()))
      return undefined;
  }
  return undefined;
}

/** A role after the name: "Erdogan, Turkey's president", "X, the president of the regional government of Odessa". */
function appositionAfter(text: string, tokens: Token[], last: number): RoleEvidence | undefined {
  if (tokens[last + 1]?.text !== ',') return undefined;
  const from = last + 2;
  const opener = tokens[from];
  if (!opener || opener.kind !== 'word') return undefined;
  const openerLower = opener.text.toLowerCase();
  const opens =
    APPOSITION_OPENERS.has(openerLower) ||
    /['’]s$/u.test(opener.text) ||
    titleKind(opener.text) !== undefined ||
    ROLE_MODIFIERS.has(openerLower) ||
    isPlaceOrOrganization(opener.text);
  if (!opens) return undefined;
  let end = from;
  let kind: 'leader' | 'other' | undefined;
  for (let k = from; k < tokens.length && k - from < MAX_APPOSITION_TOKENS; k++) {
    const token = tokens[k];
    if (APPOSITION_END.has(token.text) || /\n/.test(text.slice(tokens[k - 1].end, token.start))) break;
    const lower = token.text.toLowerCase();
    if (!kind) {
      if (lower === 'who' || lower === 'which' || lower === 'that') return undefined;
      const title = titleKind(withoutPossessive(token.text));
      // Titles are lower case after a name; "CEO" and its kin are written in capitals.
      if (title && (!isCapitalized(token) || /^\p{Lu}{2,}$/u.test(token.text)))
        kind = refineKind(tokens, k, title);
      else if (k - from > 5 || lower === 'of' || lower === 'for') return undefined;
    }
    end = k;
  }
  if (!kind) return undefined;
  const start = ['a', 'an'].includes(openerLower) ? tokens[from + 1].start : opener.start;
  return { role: text.slice(start, tokens[end].end), kind };
}

/** A byline: a short line holding only names joined by "and" or commas ("By Nasser Karimi and Vladimir Isachenkov"). */
function isByline(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  if (lineEnd - lineStart > 80) return false;
  const line = text.slice(lineStart, lineEnd).trim();
  return /^(?:By\s+)?\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*)*(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*)*)*$/u.test(
    line,
  );
}

/** Folds a one-word name ("Raisi" from "President Raisi") into the full name that ends with it. */
function mergeShortNames(entities: Map<string, Entity>): Map<string, Entity> {
  const byLast = new Map<string, Entity[]>();
  for (const entity of entities.values()) {
    if (entity.names.length < 2) continue;
    for (const alias of aliasesOf(entity)) byLast.set(alias, [...(byLast.get(alias) ?? []), entity]);
  }
  const result = new Map<string, Entity>();
  for (const entity of entities.values()) {
    const full = entity.names.length === 1 ? byLast.get(entity.names[0]) : undefined;
    if (full && full.length === 1) {
      const target = full[0];
      if (!target.role || (entity.leader && !target.leader)) target.role = entity.role ?? target.role;
      target.leader ||= entity.leader;
      continue;
    }
    if (entity.names.length === 1 && !looksLikeSurname(entity.names[0])) continue;
    result.set(entity.key, entity);
  }
  return result;
}

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

/** Finds every mention of the known people, full names first, then short forms that resolve to one person. */
function findMentions(
  text: string,
  tokens: Token[],
  phrases: Phrase[],
  entities: Map<string, Entity>,
): { leaders: PersonMention[]; people: PersonMention[] } {
  const byFirst = new Map<string, Entity[]>();
  const byAlias = new Map<string, Entity | null>();
  for (const entity of entities.values()) {
    byFirst.set(entity.names[0], [...(byFirst.get(entity.names[0]) ?? []), entity]);
    for (const alias of entity.names.length > 1 ? aliasesOf(entity) : entity.names) {
      const seen = byAlias.get(alias);
      byAlias.set(alias, seen === undefined || seen === entity ? entity : null);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.names.length - a.names.length);

  const leaders: PersonMention[] = [];
  const people: PersonMention[] = [];
  for (const phrase of phrases) {
    const list = phrase.tokens;
    for (let p = 0; p < list.length; p++) {
      const written = withoutPossessive(tokens[list[p]].text);
      const prefix = written.match(DERIVED_NAME)?.[0].length ?? 0;
      const word = written.slice(prefix);
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
      // A short form inside an organisation's name ("Dana F. Besecker Company") is not the person.
      const inOrganization = list
        .slice(p + 1)
        .some((i) => NON_PERSON_WORDS.has(tokens[i].text.toLowerCase()));
      if (!match && !inOrganization) match = byAlias.get(word) ?? undefined;
      if (!match) continue;
      const first = { start: tokens[list[p]].start + prefix };
      // "de Blasio", "Van der Berg": a short form keeps the particles the full name puts before it.
      if (length === 1 && match.names.length > 2 && prefix === 0)
        first.start = particlesBefore(text, tokens, list[p], match.names) ?? first.start;
      const lastToken = tokens[list[p + length - 1]];
      const end = endWithoutPossessive(lastToken);
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
