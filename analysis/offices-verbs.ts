/**
 * Offices stated by a verb of taking, holding or leaving office: "Lee was sworn in as prime minister",
 * "Lee resigned as mayor", "Lee, who stepped down as governor", "Lee has been named acting secretary",
 * "parliament elected Lee as president".
 */
import { ROLE_MODIFIERS, titleKind } from './roles';
import { canModifyRole, refineKind } from './offices';
import { isCapitalized, type Token } from './tokens';

// Words between a subject and its verb that do not change what the verb says: "has been", "was later".
const AUXILIARIES =
  /^(?:has|have|had|been|was|were|is|are|will|would|shall|be|being|just|recently|later|then|also|now|since|once|eventually|finally|briefly|again|twice)$/i;
const ADVERB = /^[a-z]+ly$/;

// Verbs whose object, or whose "as" phrase, is the office the subject takes or holds ("was named
// acting secretary", "was appointed as finance minister").
const NAMING_VERBS = new Set([
  'named',
  'appointed',
  'reappointed',
  're-appointed',
  'elected',
  'reelected',
  're-elected',
  'installed',
  'confirmed',
  'chosen',
  'picked',
  'tapped',
  'crowned',
]);
// Verbs that state an office only through "as": "resigned as", "was sworn in as", "took over as",
// "succeeded Jane Roe as", "returned as"; "ran as" (a candidate) and "worked as" (any job) are not here.
// prettier-ignore
const AS_VERBS = new Set([
  'resigned', 'resigns', 'resign', 'quit', 'quits', 'stepped', 'steps', 'step', 'sworn', 'took', 'takes', 'take',
  'retired', 'retires', 'ousted', 'removed', 'deposed', 'toppled', 'returned', 'returns', 'continued', 'continues',
  'stayed', 'stays', 'remains', 'remained', 'succeeded', 'succeeds', 'replaced', 'replaces', 'stood', 'stands',
  'reinstated', 'inaugurated', 'serving', 'served', 'serves', 'left', 'leaves', 'governed', 'ruled',
  ...NAMING_VERBS,
]);
// What may stand between such a verb and its "as": particles, "office", a possessive and the post
// ("quit her post as"), or the person replaced ("succeeded Jane Roe as").
const BEFORE_AS =
  /^(?:in|down|over|up|aside|on|back|office|his|her|their|its|post|job|role|position|seat|the|,)$/i;
// Verbs before a name that make the office after it the person's: "parliament elected Lee (as) president".
const OBJECT_VERBS = new Set([...NAMING_VERBS, 'elect', 'appoint', 'name', 'appoints', 'names', 'elects']);
const MAX_ROLE_WORDS = 6;

/** A leader's office found after a verb: the token where its words start and its title word. */
export interface OfficeByVerb {
  from: number;
  title: number;
}

/**
 * The leader's office that the verb at `at` (after auxiliaries and adverbs) states for its subject:
 * "has been named new DHS acting secretary", "was sworn in as prime minister", "resigned as mayor".
 */
export function officeByVerb(tokens: Token[], at: number): OfficeByVerb | undefined {
  let v = at;
  while (
    v < at + 4 &&
    tokens[v + 1]?.kind === 'word' &&
    (AUXILIARIES.test(tokens[v]?.text ?? '') || ADVERB.test(tokens[v]?.text ?? ''))
  )
    v++;
  const verb = tokens[v]?.text.toLowerCase() ?? '';
  if (!AS_VERBS.has(verb)) return undefined;
  let n = v + 1;
  // "succeeded Jane Roe as mayor": the person replaced stands between the verb and "as".
  while (
    n < v + 5 &&
    tokens[n] &&
    tokens[n].text !== 'as' &&
    (BEFORE_AS.test(tokens[n].text) || (/^(?:succeed|replace)/.test(verb) && isCapitalized(tokens[n])))
  )
    n++;
  if (tokens[n]?.text === 'as') return officeAt(tokens, n + 1);
  // "was named acting secretary": a naming verb takes the office as its object.
  return NAMING_VERBS.has(verb) && n === v + 1 ? officeAt(tokens, n) : undefined;
}

/** The office after a name that a verb before it gives: "elected Jane Roe as president", "named Lee mayor". */
export function officeAfterObject(tokens: Token[], first: number, last: number): OfficeByVerb | undefined {
  const verb = tokens[first - 1]?.text.toLowerCase() ?? '';
  if (!OBJECT_VERBS.has(verb)) return undefined;
  let n = last + 1;
  if (tokens[n]?.text === 'as') n++;
  return officeAt(tokens, n);
}

/**
 * The one reader of an office's words: from token `from`, at most `maxWords` words that `isRoleWord`
 * accepts ("the", "new", "acting", "Freedonia's"), up to the first title word; returns that title and its
 * kind, or undefined when another word comes first. `skip` may step over a phrase ("to serve as") by
 * returning the index of its last token.
 */
export function readRole(
  tokens: Token[],
  from: number,
  maxWords: number,
  isRoleWord: (token: Token) => boolean,
  skip?: (k: number) => number | undefined,
): { title: number; kind: 'leader' | 'other' } | undefined {
  for (let k = from; k < from + maxWords && tokens[k]?.kind === 'word'; k++) {
    const skipTo = skip?.(k);
    if (skipTo !== undefined) {
      k = skipTo;
      continue;
    }
    const kind = /['’]s$/u.test(tokens[k].text) ? undefined : titleKind(tokens[k].text);
    if (kind) return { title: k, kind };
    if (!isRoleWord(tokens[k])) return undefined;
  }
  return undefined;
}

/** A word of a role before its title: "former", "acting", "DHS", "Freedonia's". */
const isRoleModifier = (token: Token) => ROLE_MODIFIERS.has(token.text.toLowerCase()) || canModifyRole(token);

/**
 * A leader's office starting at token `from`: an optional article or possessive, role words, then a
 * title in lower case that makes a leader ("the new DHS acting secretary", "Freedonia's prime minister").
 */
function officeAt(tokens: Token[], from: number): OfficeByVerb | undefined {
  let n = from;
  if (/^(?:the|its|their|his|her)$/i.test(tokens[n]?.text ?? '')) n++;
  const read = readRole(tokens, n, MAX_ROLE_WORDS, isRoleModifier);
  if (!read) return undefined;
  const token = tokens[read.title];
  // "as Prime Minister in 2019", not "as President Lee's aide": a capitalised title ends the office.
  const next = tokens[read.title + 1];
  if (read.kind !== 'leader' || (isCapitalized(token) && next && isCapitalized(next))) return undefined;
  return refineKind(tokens, read.title, read.kind) === 'leader' ? { from: n, title: read.title } : undefined;
}
