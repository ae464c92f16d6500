/** Offices stated in the clause about a person: in an "as" phrase ("As party leader, she ...") or as what the person is or becomes. */
import { ROLE_MODIFIERS, titleKind } from './roles';
import { isCommonWord, isFunctionWord, isPlaceOrOrganization } from './lexicon';
import { isCapitalized, type Token } from './tokens';
import { entitiesByLastWord, type Entity } from './later-mentions';
import { CORE_LEADING_BODIES, canModifyRole, refineKind } from './offices';
import { officeAfterObject, officeByVerb, readRole } from './offices-verbs';

/** Where a possible person mention is, with its key (a full name) or, unresolved, its one word. */
export interface SeenName {
  start: number;
  end: number;
  key?: string;
  word?: string;
  /** A name no rule recognised as a person's, with the words of its key and as written. */
  unknown?: { names: string[]; written: string };
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
// In an "as" phrase a lower-case word must be a role word; a capitalised one may name the place ("as Freedonia's").
const isAsRoleWord = (token: Token) =>
  ROLE_MODIFIERS.has(token.text.toLowerCase()) || (isCapitalized(token) && canModifyRole(token));

/**
 * Finds "as" phrases that state a leadership office and whom they are about: "By 2019, as Senate
 * majority leader, he ..." (the pronoun) or "Mensah, as finance minister, ..." (the name before).
 * "as a leader" (indefinite) describes, it names no office.
 */
export function rolesStatedWithAs(text: string, tokens: Token[]): RoleWithAs[] {
  const found: RoleWithAs[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text !== 'as' && tokens[i].text !== 'As') continue;
    let j = i + 1;
    if (
      tokens[j]?.text.toLowerCase() === 'the' ||
      (tokens[j] && isCapitalized(tokens[j]) && /['’]s$/u.test(tokens[j].text))
    )
      j++;
    const read = readRole(tokens, j, MAX_ROLE_WORDS, isAsRoleWord);
    if (!read) continue;
    // The office runs on over more role and title words ("as party leader"); it must end on a title.
    let title = read.title;
    let k = title + 1;
    for (; k < j + MAX_ROLE_WORDS && tokens[k]?.kind === 'word'; k++) {
      if (titleKind(tokens[k].text)) title = k;
      else if (!isAsRoleWord(tokens[k])) break;
    }
    if (k !== title + 1 || tokens[k]?.text !== ',') continue;
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
export function applyRolesWithAs(
  text: string,
  stated: readonly RoleWithAs[],
  seen: readonly SeenName[],
  entities: Map<string, Entity>,
): void {
  if (stated.length === 0) return;
  const byLastWord = entitiesByLastWord(entities);
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

// Verbs that state what the subject is: "Lee becomes the first mayor", "Lee was elected governor".
const PREDICATE_VERBS = new Set([
  'becomes',
  'became',
  'is',
  'was',
  'remains',
  'remained',
  'elected',
  'named',
  // "Lee, who served as governor from 2003".
  'served',
  'serves',
]);
const PREDICATE_AFTER = new Set([
  'as',
  'also',
  'now',
  'still',
  'elected',
  'named',
  'the',
  'a',
  'an',
  'its',
  'their',
  'first',
]);

const MAX_PREDICATE_WORDS = 10;
const isPredicateWord = (token: Token) =>
  PREDICATE_AFTER.has(token.text.toLowerCase()) || canModifyRole(token);

// Verbs that say the subject heads a body: "Lee, who heads the central bank", "Lee leads the party".
const HEAD_VERBS = /^(?:heads|headed|leads|led|runs|ran|governs|governed|rules|ruled|chairs|chaired)$/;
// Bodies whose head leads, named in lower case after such a verb: the core bodies, a party, a city, an
// administration, and a bank (only "the central bank", checked below).
const HEADED_BODIES = new Set([...CORE_LEADING_BODIES, 'party', 'city', 'administration', 'bank']);
// The last word of a capitalised body whose head leads: "heads the Freedom Party", "runs the Central Bank".
const HEADED_NAMES = /^(?:Party|Government|Republic|Kingdom|Bank|Reserve|Cabinet|Army|Junta)$/;

/**
 * Where the body ends that the verb at `at` says the subject heads, when its head leads: "heads the
 * central bank", "leads the opposition Freedom Party", "has led the country since 2019"; or undefined.
 * "led the protests" or "runs a bakery" state no office.
 */
function bodyHeaded(tokens: Token[], at: number): number | undefined {
  let v = at;
  if (/^(?:has|had|have|now|currently|still)$/i.test(tokens[v]?.text ?? '')) v++;
  if (!HEAD_VERBS.test(tokens[v]?.text ?? '')) return undefined;
  let n = v + 1;
  if (!/^(?:the|its|their)$/i.test(tokens[n]?.text ?? '')) return undefined;
  let found: number | undefined;
  for (n++; n < v + 8 && tokens[n]?.kind === 'word'; n++) {
    const token = tokens[n];
    const word = token.text.toLowerCase();
    if (isCapitalized(token)) {
      if (HEADED_NAMES.test(token.text)) found = n;
      continue;
    }
    if (found !== undefined) break;
    // "the central bank", not "the food bank" or "the blood bank".
    if (word === 'bank') return tokens[n - 1]?.text.toLowerCase() === 'central' ? n : undefined;
    if (HEADED_BODIES.has(word)) return n;
    if (isFunctionWord(token.text) || titleKind(token.text)) return undefined;
  }
  return found;
}

/**
 * A person for a one-word name no rule recognised ("Milei, who was elected president"), kept only if
 * the clause states their office: not a word the lexicon knows, a place, an organisation or an acronym.
 */
function loneName(word: string | undefined): Entity | undefined {
  if (!word || word.length < 2 || /^\p{Lu}+$/u.test(word)) return undefined;
  if (isCommonWord(word) || isFunctionWord(word) || isPlaceOrOrganization(word)) return undefined;
  return unknownPerson({ names: [word], written: word });
}

/** Makes a leader of the person with the office the clause states, adding them if no rule had. */
function giveOffice(entities: Map<string, Entity>, entity: Entity, role: string): void {
  if (!entities.has(entity.key)) entities.set(entity.key, entity);
  entity.leader = true;
  entity.role = role;
}

/** A person for a name no rule recognised, kept only if the clause states their office. */
function unknownPerson(unknown: { names: string[]; written: string }): Entity {
  return {
    names: unknown.names,
    display: unknown.written,
    key: unknown.names.join(' '),
    role: null,
    leader: false,
  };
}
const INFINITIVE_OF_OFFICE = new Set(['serve', 'be', 'become']);

/**
 * Steps over what stands between a name and its verb: where the person is from ("Lee of Portland,
 * Maine,") or "who" opening a relative clause ("Lee, who became mayor in 2019").
 */
function afterNameDetails(tokens: Token[], k: number): number {
  let at = k;
  if (tokens[at]?.text === 'of' && tokens[at + 1] && isCapitalized(tokens[at + 1])) {
    at++;
    while (tokens[at] && isCapitalized(tokens[at])) at++;
    // "of Portland, Maine,": a state or country after the town, between commas.
    if (tokens[at]?.text === ',' && isCapitalized(tokens[at + 1] ?? tokens[at])) {
      let n = at + 1;
      while (tokens[n] && isCapitalized(tokens[n])) n++;
      if (tokens[n]?.text === ',') at = n + 1;
    }
  }
  // "Lee, 54, who ...", "Lee, 54, is ...": an age set off by commas.
  if (tokens[at]?.text === ',' && tokens[at + 1]?.kind === 'number' && tokens[at + 2]?.text === ',') {
    at += 2;
    if (tokens[at + 1]?.text !== 'who') at++;
  }
  if (tokens[at]?.text === ',' && tokens[at + 1]?.text === 'who') at += 2;
  return at;
}

const MAX_CLAUSE_TOKENS = 16;

/**
 * Where the verb after a relative clause set off by commas starts: "Lee, whose party won, was sworn in
 * ...", "Lee, who won in May, became ..."; or -1.
 */
function afterRelativeClause(tokens: Token[], k: number): number {
  if (tokens[k]?.text !== ',' || !/^(?:who|whose)$/.test(tokens[k + 1]?.text ?? '')) return -1;
  for (let n = k + 2; n < k + MAX_CLAUSE_TOKENS && tokens[n]; n++) {
    if (tokens[n].text === ',') return tokens[n + 1]?.kind === 'word' ? n + 1 : -1;
    if (/^[.;:!?()—–]$/.test(tokens[n].text)) return -1;
  }
  return -1;
}

/**
 * Gives a leader's office stated as what a named person is or becomes, right after the name:
 * "Lee also becomes the first Black mayor of the city", "Lee was elected governor in 2019".
 * The office must be the first title after the verb, in lower case and not a possessive
 * ("Lee is the president's son" states no office).
 */
export function applyRolesByPredicate(
  text: string,
  tokens: Token[],
  seen: readonly SeenName[],
  entities: Map<string, Entity>,
): void {
  const byLastWord = entitiesByLastWord(entities);
  let k = 0;
  for (const mention of seen) {
    const entity = mention.key
      ? entities.get(mention.key)
      : mention.unknown
        ? unknownPerson(mention.unknown)
        : byLastWord.has(mention.word ?? '')
          ? byLastWord.get(mention.word ?? '')
          : loneName(mention.word);
    if (!entity || entity.leader) continue;
    while (k < tokens.length && tokens[k].start < mention.end) k++;
    let at = afterNameDetails(tokens, k);
    if (tokens[at]?.text.toLowerCase() === 'also') at++;
    const headed = bodyHeaded(tokens, at);
    if (headed !== undefined) {
      giveOffice(entities, entity, text.slice(tokens[at].start, tokens[headed].end));
      continue;
    }
    // "Lee was sworn in as prime minister", "Lee has been named acting secretary", "elected Lee as president".
    let first = k;
    while (first > 0 && tokens[first - 1].start >= mention.start) first--;
    const clauseEnd = afterRelativeClause(tokens, k);
    const byVerb =
      officeByVerb(tokens, at) ??
      officeAfterObject(tokens, first, k - 1) ??
      (clauseEnd >= 0 ? officeByVerb(tokens, clauseEnd) : undefined);
    if (byVerb) {
      giveOffice(entities, entity, text.slice(tokens[byVerb.from].start, tokens[byVerb.title].end));
      continue;
    }
    if (!PREDICATE_VERBS.has(tokens[at]?.text.toLowerCase() ?? '')) continue;
    const from = at + 1;
    // "the first Somali American to serve as mayor": the office an infinitive states.
    const infinitive = (n: number) =>
      tokens[n].text === 'to' && INFINITIVE_OF_OFFICE.has(tokens[n + 1]?.text ?? '')
        ? n + (tokens[n + 2]?.text === 'as' ? 2 : 1)
        : undefined;
    const read = readRole(tokens, from, MAX_PREDICATE_WORDS, isPredicateWord, infinitive);
    if (read?.kind !== 'leader') continue;
    const token = tokens[read.title];
    // "is the Prime Minister", "is also the Minister of Finance"; not "is the President Lee's son".
    const ends = !isCapitalized(token) || !tokens[read.title + 1] || !isCapitalized(tokens[read.title + 1]);
    if (!ends || /['’]s?$/u.test(token.text) || refineKind(tokens, read.title, 'leader') !== 'leader')
      continue;
    const role = text.slice(tokens[from].start, token.end);
    giveOffice(entities, entity, role.replace(/^(?:(?:also|now|still|elected|named|as)\s+)+/u, ''));
  }
}
