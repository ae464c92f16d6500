/** Offices stated in the clause about a person: in an "as" phrase ("As party leader, she ...") or as what the person is or becomes. */
import { ROLE_MODIFIERS, titleKind } from './roles';
import { isCapitalized, type Token } from './tokens';
import type { Entity } from './later-mentions';
import { canModifyRole, refineKind } from './offices';

/** Where a possible person mention is, with its key (a full name) or, unresolved, its one word. */
export interface SeenName {
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
export function applyRolesWithAs(
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
]);
const PREDICATE_AFTER = new Set([
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
  const byLastWord = new Map<string, Entity | null>();
  for (const entity of entities.values()) {
    const last = entity.names[entity.names.length - 1];
    byLastWord.set(last, byLastWord.has(last) ? null : entity);
  }
  let k = 0;
  for (const mention of seen) {
    const entity = mention.key ? entities.get(mention.key) : byLastWord.get(mention.word ?? '');
    if (!entity || entity.leader) continue;
    while (k < tokens.length && tokens[k].start < mention.end) k++;
    let at = k;
    if (tokens[at]?.text.toLowerCase() === 'also') at++;
    if (!PREDICATE_VERBS.has(tokens[at]?.text.toLowerCase() ?? '')) continue;
    const from = at + 1;
    for (let n = from; n < from + 6 && tokens[n]?.kind === 'word'; n++) {
      const token = tokens[n];
      const kind = titleKind(token.text);
      if (kind) {
        if (kind === 'leader' && !isCapitalized(token) && !/['’]s?$/u.test(token.text)) {
          if (refineKind(tokens, n, kind) !== 'leader') break;
          entity.leader = true;
          entity.role = text
            .slice(tokens[from].start, token.end)
            .replace(/^(?:(?:also|now|still|elected|named)\s+)+/u, '');
        }
        break;
      }
      if (!PREDICATE_AFTER.has(token.text.toLowerCase()) && !canModifyRole(token)) break;
    }
  }
}
