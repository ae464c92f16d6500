/**
 * Offices stated by a definite description that takes up the person just named: "... for Joe Biden.
 * The former vice president had a lead", "No, the former New York mayor's debut ...".
 */
import { isFunctionWord } from './lexicon';
import { ROLE_MODIFIERS, titleKind } from './roles';
import { sentenceStartBefore } from './sentences';
import { isCapitalized, lower, withoutPossessive, type Token } from './tokens';
import { entitiesByLastWord, type Entity } from './later-mentions';
import { canModifyRole, refineKind } from './offices';
import type { SeenName } from './offices-as';

// Titles that do not take up a person as "the ...": plurals, words that are also common adjectives
// or nouns ("the general public", "the head"), abbreviations, and titles that need another office.
// prettier-ignore
const NOT_DESCRIBING = new Set([
  'presidents', 'leaders', 'ministers', 'chairmen', 'governors', 'mayors', 'counterpart', 'counterparts', 'head',
  'chief', 'general', 'gen', 'adm', 'gov', 'pres', 'marshal', 'prophet', 'boss',
]);
const MAX_MODIFIERS = 4;
const POINTING_BACK = /^(?:former|ex|then|outgoing|incoming|longtime|late|embattled|\w+-term)$/i;
// Words that open a clause the description can be the subject of: "No, the ...", "and the ...".
const CLAUSE_OPENERS = new Set([',', 'and', 'but', 'while', 'as', 'when', 'because', 'though', 'although']);

/** A definite description of a leader's office, and where it stands. */
interface Description {
  start: number;
  role: string;
}

/**
 * Finds "the [modifiers] TITLE" opening a clause, as its subject or a possessive: "The former
 * vice president had ...", "No, the former New York mayor's debut" ("is the president's daughter"
 * is about someone else). A title followed by a name ("the
 * president, Joe Biden") or by a noun it modifies ("the president election") is left to the other
 * rules or is no description; "a former mayor" (indefinite) describes without referring back.
 */
export function describedOffices(text: string, tokens: Token[]): Description[] {
  const found: Description[] = [];
  for (let t = 1; t < tokens.length; t++) {
    const title = tokens[t];
    if (title.kind !== 'word') continue;
    const bare = withoutPossessive(title.text);
    const possessive = bare !== title.text;
    const lowerBare = bare.toLowerCase();
    if (titleKind(bare) !== 'leader' || NOT_DESCRIBING.has(lowerBare)) continue;
    let d = t - 1;
    while (d > 0 && t - d <= MAX_MODIFIERS && tokens[d].kind === 'word' && canDescribe(tokens[d])) d--;
    const the = tokens[d];
    if (!the || the.text.toLowerCase() !== 'the') continue;
    // "The mayor said" after a resident is named is most often another person, the office's holder;
    // "the former vice president", "the New York mayor" point back to someone the story has named.
    if (!tokens.slice(d + 1, t).some((m) => POINTING_BACK.test(m.text) || isCapitalized(m))) continue;
    if (!possessive && !closesDescription(tokens, t)) continue;
    if (!opensClause(text, tokens, d)) continue;
    if (refineKind(tokens, t, 'leader') !== 'leader') continue;
    found.push({ start: the.start, role: text.slice(tokens[d + 1].start, title.start + bare.length) });
  }
  return found;
}

/** A word that can stand between "the" and a title: "former", "New York", "longtime". */
function canDescribe(token: Token): boolean {
  if (ROLE_MODIFIERS.has(token.text.toLowerCase())) return true;
  if (isCapitalized(token)) return canModifyRole(token);
  return !isFunctionWord(token.text) && titleKind(token.text) === undefined;
}

/** The title ends the noun phrase: a verb, adverb, preposition or punctuation follows, not a noun or a name. */
function closesDescription(tokens: Token[], t: number): boolean {
  const next = tokens[t + 1];
  if (!next) return true;
  if (next.kind === 'punct') {
    // "the president, Joe Biden": a name set off after the title is an apposition, read elsewhere.
    return !(next.text === ',' && tokens[t + 2] && isCapitalized(tokens[t + 2])) && next.text !== '(';
  }
  return next.kind === 'word' && !isCapitalized(next) && isFunctionWord(next.text);
}

/** "the" opens a sentence or a clause, so the description is a subject, not an object. */
function opensClause(text: string, tokens: Token[], d: number): boolean {
  const before = tokens[d - 1];
  if (!before) return true;
  if (/\n/.test(text.slice(before.end, tokens[d].start))) return true;
  if (/^[.!?“"‘(—–:]$/.test(before.text)) return true;
  return CLAUSE_OPENERS.has(before.text.toLowerCase());
}

/**
 * Gives the office of a description to the one person named in its sentence before it or in the
 * sentence before that, when the text gives that person no other role. Two people named there make
 * the reference unclear, and the description is left alone.
 */
export function applyRolesByDescription(
  text: string,
  tokens: Token[],
  seen: readonly SeenName[],
  entities: Map<string, Entity>,
): void {
  const descriptions = describedOffices(text, tokens);
  if (descriptions.length === 0) return;
  const byLastWord = entitiesByLastWord(entities);
  for (const { start, role } of descriptions) {
    const from = sentenceStartBefore(text, start, 1);
    const named = new Set<Entity>();
    let unknown = false;
    for (const mention of seen) {
      if (mention.end > start) break;
      if (mention.start < from) continue;
      const entity = mention.key ? entities.get(mention.key) : byLastWord.get(mention.word ?? '');
      if (entity) named.add(entity);
      else if (mention.key) unknown = true;
    }
    if (named.size !== 1 || unknown) continue;
    const [entity] = named;
    if (entity.leader || entity.role || entity.names.length < 2) continue;
    entity.leader = true;
    entity.role = role;
  }
}

// What a head of government has: "the Biden administration", "Johnson's government", "the Assad regime";
// and "Hitler's rule", with the possessive only. Not "reign": sport and show business give one to champions
// and coaches ("Williams's reign as world No. 1", "The Brady reign in New England").
const GOVERNMENTS = /^(?:administration|government|cabinet|premiership|presidency|regime)$/;
// "rule" is a government only as a whole noun phrase: "resistance to Hitler's rule.", not "Roe's rule change".
const RULE_ENDS = /^(?:[.,;:!?)”"]|over|in|of|from|until|during|and|was|had|ended)$/;

/**
 * Makes a leader of a person the text presents as having a government: "the Biden administration",
 * "the Johnson government", "Ardern's cabinet". Only for a person already named, whose last word it
 * is, and to whom the text gives no other role (a relative with the same surname has one).
 */
export function applyRolesByGovernment(text: string, tokens: Token[], entities: Map<string, Entity>): void {
  let byLastWord: Map<string, Entity | null> | undefined;
  for (let t = 1; t < tokens.length; t++) {
    const name = tokens[t - 1];
    const bare = withoutPossessive(name.text);
    const rule =
      tokens[t].text === 'rule' && bare !== name.text && RULE_ENDS.test(lower(tokens[t + 1]) || '.');
    if (!GOVERNMENTS.test(tokens[t].text) && !rule) continue;
    if (name.kind !== 'word' || !isCapitalized(name)) continue;
    if (bare === name.text && tokens[t - 2]?.text.toLowerCase() !== 'the') continue;
    byLastWord ??= entitiesByLastWord(entities);
    const entity = byLastWord.get(bare);
    if (!entity || entity.leader || entity.role) continue;
    entity.leader = true;
    entity.role = text.slice((bare === name.text ? tokens[t - 2] : name).start, tokens[t].end);
  }
}
