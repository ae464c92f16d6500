/** Which bodies' heads are not leaders: associations, charities, schools, unions and bodies of one profession. */
import { titleKind } from './roles';
import { isCountryOrDemonym } from './lexicon';
import { isCapitalized, lower, withoutPossessive, type Token } from './tokens';
import { singular } from './units';

/** Lower-case words that link the words of an organisation's name ("Union of Concerned Scientists"). */
export const ORGANISATION_LINKS = new Set(['of', 'for', 'and', 'the']);

// Bodies whose heads are not leaders under the guidelines: associations, charities, schools, agencies.
// "Freedonia Nurses Association President Jane Roe", "president of the Riverside Rotary Club".
const MINOR_BODIES = new Set([
  'association',
  'associations',
  'federation',
  'society',
  'foundation',
  'charity',
  'trust',
  'institute',
  'chamber',
  'agency',
  'coalition',
  'club',
  'network',
  'university',
  'college',
  'school',
  'schools',
  'universities',
  'guild',
  // Committee chairs are not leaders: "chair of the Senate Finance Committee".
  'committee',
  'subcommittee',
  'panel',
  'caucus',
  'hospital',
  'museum',
  'council',
  'centre',
  'center',
  'initiative',
  'project',
  // "the American Farm Bureau", "the Bureau of Labor Statistics": an association or an agency.
  'bureau',
  'academy',
]);

// Public bodies below a government: their heads are not leaders unless a nation names the body.
const LOCAL_BODIES = new Set(['commission', 'service', 'district', 'department']);
const LOCAL_PARTS = new Set(['chapter', 'branch', 'affiliate', 'local']);

// Bodies that head no polity named in a lower-case possessive only ("the authority's chairman",
// "the union's leader", "the board's chair"); capitalised they can be part of a government's office.
const POSSESSIVE_MINOR = new Set(['authority', 'union', 'board']);

/**
 * True when a lower-case word names a body whose head is no leader: an association, charity, school,
 * committee, local public body or a local part of a body ("the university's president").
 */
export function isMinorBodyWord(word: string): boolean {
  return (
    MINOR_BODIES.has(word) || LOCAL_BODIES.has(word) || LOCAL_PARTS.has(word) || POSSESSIVE_MINOR.has(word)
  );
}

// Minor bodies that may name their kind before an "of" ("Chamber of Commerce", "Society of ..."); an
// association, federation or council of nations is international ("Association of Southeast Asian Nations").
// prettier-ignore
const MINOR_BEFORE_OF = new Set([
  'chamber', 'club', 'society', 'foundation', 'charity', 'trust', 'institute', 'university', 'college', 'school',
  'hospital', 'museum', 'guild', 'academy', 'bureau',
]);

/** True when the capitalised name that starts at token `k` ends in an association, charity or the like. */
export function namesMinorBody(tokens: Token[], k: number): boolean {
  let n = k;
  // "the Greater Springfield Chamber of Commerce": the kind of body may stand before its "of".
  let inside = false;
  while (
    (tokens[n + 1]?.kind === 'word' || tokens[n + 1]?.text === '&') &&
    (isCapitalized(tokens[n + 1]) || ORGANISATION_LINKS.has(tokens[n + 1].text) || tokens[n + 1].text === '&')
  ) {
    const word = tokens[n].text.toLowerCase();
    if (MINOR_BEFORE_OF.has(word) && ORGANISATION_LINKS.has(tokens[n + 1].text)) inside = true;
    n++;
  }
  const last = withoutPossessive(tokens[n].text).toLowerCase();
  // "the Federal Trade Commission", "the Riverside School District": a public body below a government,
  // unless a nation names it ("the Palestinian Authority", "the European Commission").
  const national = tokens.slice(k, n + 1).some((t) => isCountryOrDemonym(t.text));
  if (LOCAL_BODIES.has(last) && !national) return true;
  // "the Riverside Fire Department", "the Springfield Police Service".
  if (tokens.slice(k, n + 1).some((t) => /^(?:fire|police|sheriff['’]s)$/i.test(t.text))) return true;
  // "the Riverside NAACP chapter": a local part of a body.
  if (LOCAL_PARTS.has(lower(tokens[n + 1]))) return true;
  return inside || MINOR_BODIES.has(last) || describedAsMinor(tokens, n);
}

// What an apposition calls a small body, besides the minor bodies: "Hotelied, a start-up that ...".
const SMALL_BODIES = new Set(['start-up', 'startup', 'nonprofit', 'non-profit', 'consultancy', 'boutique']);
// Service trades whose firms the guidelines count as small unless the text says otherwise: "the Spokane
// advertising, public relations and branding firm"; not "the advertising giant".
// prettier-ignore
const SERVICE_TRADES = new Set([
  'advertising', 'marketing', 'branding', 'relations', 'consulting', 'law', 'design', 'architecture',
  'accounting', 'lobbying', 'recruitment', 'staffing', 'communications', 'pr',
]);
const FIRM = /^(?:firm|agency|company|shop|studio|outfit|practice)$/;

/**
 * True when an apposition after the body's name, in lower case, says it is a minor or small body:
 * "DH, the Spokane advertising agency", "Hotelied, a start-up that ...".
 */
function describedAsMinor(tokens: Token[], last: number): boolean {
  if (tokens[last + 1]?.text !== ',' || !/^(?:a|an|the)$/.test(lower(tokens[last + 2]))) return false;
  let trade = false;
  for (let n = last + 3; n < last + 14 && (tokens[n]?.kind === 'word' || tokens[n]?.text === ','); n++) {
    if (tokens[n].text === ',' || isCapitalized(tokens[n])) continue;
    const word = tokens[n].text.toLowerCase();
    if (MINOR_BODIES.has(word) || SMALL_BODIES.has(word)) return true;
    if (SERVICE_TRADES.has(word)) trade = true;
    else if (trade && FIRM.test(word)) return true;
  }
  return false;
}

// Plural titles that name a legislature's members, not a profession ("House of Representatives").
const CHAMBER_MEMBERS = new Set(['representative', 'member', 'deputy', 'lawmaker', 'legislator', 'senator']);

/**
 * True when the organisation name that starts at token `k` is a body of people of one profession
 * or trade ("the Council of Economic Advisers", "the Vessel Owners Association", "the Union of
 * Concerned Scientists"): its head leads an association, not a country, company or party.
 */
export function namesProfessionBody(tokens: Token[], k: number): boolean {
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
const MAX_NAME_BEFORE = 6;
const ACRONYM = /^\p{Lu}{2,6}$/u;
// A party is a body of members whatever its name says ("Workers' Party").
const PARTY = /^part(?:y|ies)$/i;

/**
 * True when the capitalised name right before the title at `at` is a minor body or a body of one
 * profession: "Freedonia Nurses Association President", "Teachers Union president", or an acronym
 * the text spells out as one ("the National Nurses' Union ... NNU president").
 */
export function namesBodyBefore(tokens: Token[], at: number): boolean {
  let profession = false;
  for (let k = at - 1; k >= 0 && at - k <= MAX_NAME_BEFORE; k--) {
    const token = tokens[k];
    if (token.kind !== 'word') break;
    if (!isCapitalized(token)) {
      if (ORGANISATION_LINKS.has(token.text) && tokens[k - 1] && isCapitalized(tokens[k - 1])) continue;
      break;
    }
    const word = withoutPossessive(token.text);
    const lower = word.toLowerCase();
    if (PARTY.test(lower)) return false;
    if (MINOR_BODIES.has(lower)) return true;
    const one = singular(lower);
    if (one !== lower && titleKind(one) === 'other' && !CHAMBER_MEMBERS.has(one)) profession = true;
    if (ACRONYM.test(word) && k === at - 1) {
      const spelled = spelledOut(tokens, word);
      if (spelled >= 0 && (namesMinorBody(tokens, spelled) || namesProfessionBody(tokens, spelled)))
        return true;
    }
  }
  return profession;
}

const spelledCache = new WeakMap<Token[], Map<string, number>>();

/** Where the text spells an acronym out as a capitalised name ("National Farmers' Union" for NFU), or -1. */
function spelledOut(tokens: Token[], acronym: string): number {
  let known = spelledCache.get(tokens);
  if (!known) spelledCache.set(tokens, (known = new Map()));
  const cached = known.get(acronym);
  if (cached !== undefined) return cached;
  let found = -1;
  for (let i = 0; i < tokens.length && found < 0; i++) {
    if (!isCapitalized(tokens[i]) || tokens[i].text[0] !== acronym[0]) continue;
    let letters = '';
    for (let k = i; k < tokens.length && letters.length < acronym.length; k++) {
      const token = tokens[k];
      // "Farmers' Union": a plural's apostrophe is a token of its own.
      if (token.text === "'" || token.text === '’') continue;
      if (token.kind !== 'word') break;
      if (isCapitalized(token)) letters += token.text[0];
      else if (!ORGANISATION_LINKS.has(token.text)) break;
      if (!acronym.startsWith(letters)) break;
    }
    if (letters === acronym) found = i;
  }
  known.set(acronym, found);
  return found;
}
