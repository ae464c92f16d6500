/** Finding offices: the title before a name, a role after it, and whether the office makes a leader. */
import {
  isCommonWord,
  isFirstName,
  isCountryOrDemonym,
  isFunctionWord,
  isNounWord,
  isPlaceOrOrganization,
  isSportsTeam,
} from './lexicon';
import {
  APPOSITION_OPENERS,
  HONORIFICS,
  PORTFOLIO_LINKS,
  PORTFOLIOS,
  ROLE_MODIFIERS,
  titleKind,
} from './roles';
import { isCapitalized, lower, withoutPossessive, type Token } from './tokens';
import {
  ORGANISATION_LINKS,
  isMinorBodyWord,
  namesBodyBefore,
  namesMinorBody,
  namesProfessionBody,
} from './office-bodies';
import { ROLE_OF, type Phrase } from './person-names';

// First words of two-word place names ("New Zealand", "Saudi Arabia", "South Africa", "Sri Lanka").
// prettier-ignore
const PLACE_FIRST_WORDS = new Set([
  'new', 'south', 'north', 'east', 'west', 'saudi', 'united', 'sri', 'costa', 'hong', 'el', 'san', 'sierra',
  'burkina', 'papua', 'puerto', 'ivory', 'czech', 'dominican', 'central', 'equatorial', 'western', 'northern',
  'southern', 'eastern',
]);
const MAX_APPOSITION_TOKENS = 16;
const APPOSITION_END = new Set([',', '.', ';', ':', ')', '—', '–', '!', '?', '“', '”', '"']);

/** A role the text gives around a name, and whether it makes the person a leader. */
interface RoleEvidence {
  role: string;
  kind: 'leader' | 'other';
}

/** Index in the phrase where the name starts after a title and honorifics, or -1 if there is no title. */
export function splitTitle(tokens: Token[], phrase: Phrase): { nameFrom: number; titleAt: number } {
  const list = phrase.tokens;
  for (let k = list.length - 2; k >= 0; k--) {
    const word = tokens[list[k]].text;
    const lower = word.toLowerCase();
    if (titleKind(word) || HONORIFICS.has(lower)) {
      let nameFrom = k + 1;
      // "Secretary of State Antony Blinken": the role runs on through common words after "of".
      if (ROLE_OF.test(tokens[list[nameFrom]].text)) {
        nameFrom++;
        // "Minister for Tourism and Culture": a portfolio or a place to the end is no name.
        if (list.slice(nameFrom).every((i) => isOfficeObject(tokens[i].text)))
          return { nameFrom: list.length, titleAt: k };
        // "Premier of the Territory": a name never follows "of the" at once.
        if (tokens[list[nameFrom]]?.text === 'the') nameFrom++;
        // "CEO of OpenAI": one word after "of" is what the title is over, not who holds it.
        if (nameFrom >= list.length - 1) return { nameFrom: list.length, titleAt: k };
        while (
          nameFrom < list.length - 1 &&
          (isCommonWord(tokens[list[nameFrom]].text) ||
            isPlaceOrOrganization(tokens[list[nameFrom]].text) ||
            // "Minister of Health Jane Roe", "Leader of the Opposition Jane Roe": a portfolio.
            (isPortfolioWord(tokens[list[nameFrom]].text.toLowerCase()) && nameFrom < list.length - 2))
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

/** A portfolio word or a word that joins two ("Minister of Tourism and Culture"), lower case. */
function isPortfolioWord(word: string): boolean {
  return PORTFOLIOS.has(word) || PORTFOLIO_LINKS.has(word);
}

/** A word that an office can be over: a portfolio, a place or organisation, or a common word. */
function isOfficeObject(word: string): boolean {
  return isPortfolioWord(word.toLowerCase()) || isPlaceOrOrganization(word) || isCommonWord(word);
}

/** True when the token can belong to a role before a title: not a function word, verb or date. */
export function canModifyRole(token: Token): boolean {
  // "US", "U.S.", "NATO" are acronyms; "AS" or "IN" is a function word set in capitals (a drop cap).
  if (/^\p{Lu}[\p{Lu}.]+$/u.test(token.text)) return token.text === 'US' || !isFunctionWord(token.text);
  return !isFunctionWord(withoutPossessive(token.text));
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
  // A speaker at an event is no Speaker of a house: "keynote speaker", "guest speaker".
  'keynote',
  'guest',
  'motivational',
  'featured',
  // Leaders of a cause, a group or a trade, not of a polity: "protest leader", "civil rights leader",
  // "gang leader", "industry leader"; a journalist's "bureau chief"; a civil servant's "permanent secretary".
  'protest',
  'rights',
  'gang',
  'crime',
  'mafia',
  'mob',
  'drug',
  'cartel',
  'cult',
  'squad',
  'band',
  'tour',
  'thought',
  'industry',
  'market',
  'group',
  'church',
  'bureau',
  'permanent',
  'principal',
  // A minister of a church: "a Baptist minister", "the worship minister".
  'baptist',
  'methodist',
  'presbyterian',
  'lutheran',
  'ordained',
  'worship',
  'associate',
]);

// Words before a title, also capitalised ("Fire Chief Jane Roe"), that make it the head of a service or
// a committee, which the guidelines do not count as leaders: "fire chief", "police chief", "committee chair".
const SERVICES = new Set([
  'fire',
  'police',
  'prison',
  'student',
  'youth',
  'committee',
  'subcommittee',
  'board',
]);
// The same in lower case only (a capitalised "Union" or "Panel" may be part of a government's office):
// "union leader"; "community leader", "business leader", "faith leaders": a description, no office.
const SERVICE_MODIFIERS = new Set(['union', 'panel', 'community', 'civic', 'faith', 'business']);
// Offices that "general" follows as a part of their name, none of them a leader's.
// prettier-ignore
const POSTPOSITIVE_GENERAL = new Set([
  'surgeon', 'inspector', 'solicitor', 'postmaster', 'comptroller', 'auditor', 'accountant', 'paymaster',
  'consul', 'registrar', 'receiver', 'vicar',
]);
const MILITARY = /^(?:army|military|defen[cs]e|joint|armed|navy|naval|air|general|forces)$/i;
// Titles that say what the person is compared to ("his French counterpart"): their kind is that of
// the office named before them in the sentence.
const COUNTERPART = /^counterparts?$/;
const SENTENCE_END = new Set(['.', '!', '?']);

/**
 * Whether a title makes its holder a leader, from the words around it: "chief executive" and "chief
 * operating officer" head a company, though "executive" alone does not; "chief economist" is an
 * economist; a press secretary or a fire chief does not lead; "his French counterpart" leads when
 * the office he is compared to does.
 */
export function refineKind(tokens: Token[], at: number, kind: 'leader' | 'other'): 'leader' | 'other' {
  const word = tokens[at].text.toLowerCase();
  // "the group's president", "the union's leader": the body is named in the possessive.
  const before = withoutPossessive(tokens[at - 1]?.text ?? '').toLowerCase();
  if ((word === 'executive' || word === 'officer') && before === 'chief') return 'leader';
  // "a deputy minister", "junior minister", "Minister of State": a post below cabinet rank ("Deputy Prime
  // Minister" and "Deputy Premier" are cabinet posts: their title word is not "minister" after "deputy").
  if (/^(?:minister|secretary)$/.test(word) && /^(?:deputy|junior|assistant|under|vice)$/.test(before))
    return 'other';
  if (word === 'minister' && lower(tokens[at + 1]) === 'of' && lower(tokens[at + 2]) === 'state')
    return 'other';
  // "their nominee for governor", "a candidate for prime minister", "his bid for mayor": an office sought,
  // not held.
  if (soughtOffice(tokens, at)) return 'other';
  // "Lakers president", "the Yankees' chairman": the head of a sports team, like its coach, does not lead.
  if (isSportsTeam(before)) return 'other';
  // "her boss": someone's employer, no office.
  if (word === 'boss' && /^(?:my|his|her|their|our|your)$/.test(before)) return 'other';
  // "chief operating officer", "chief financial officer": a company's officers below its chief executive.
  if (
    word === 'chief' &&
    /^(?:operating|financial|technology|technical|marketing|information|digital|medical|legal|commercial|strategy|investment|people|product|revenue|risk|science|scientific)$/i.test(
      lower(tokens[at + 1]),
    )
  )
    return 'other';
  // "Chief Executive Officer": the officer who is the chief executive.
  if (word === 'officer' && before === 'executive' && lower(tokens[at - 2]) === 'chief') return 'leader';
  // "chief economist", "head scientist": the second word says what the person is.
  const next = tokens[at + 1];
  // "head chef", "Head Gardener", "general manager": a noun after them too, though not a name ("Chief
  // Jane Roe") nor a verb ("the chief said").
  if (
    (word === 'chief' || word === 'head' || word === 'general') &&
    next &&
    next.start - tokens[at].end <= 1 &&
    next.kind === 'word' &&
    (titleKind(next.text) === 'other' ||
      (titleKind(next.text) === undefined && isNounWord(next.text) && !isFirstName(next.text))) &&
    !/^(?:executive|officer|of)$/i.test(next.text)
  )
    return 'other';
  // "Surgeon General", "Inspector General": "general" after an office is part of that office.
  if (word === 'general' && POSTPOSITIVE_GENERAL.has(before)) return 'other';
  if (COUNTERPART.test(word)) return counterpartKind(tokens, at);
  // "a leader in the movement", "a leader among Democrats": a description, no office.
  if (word === 'leader' && /^(?:in|among|within|on)$/.test(lower(tokens[at + 1]))) return 'other';
  // "the authority's chairman", "the university's president": a minor body named in the possessive.
  if (/['’]s$/u.test(tokens[at - 1]?.text ?? '') && !isCapitalized(tokens[at - 1]) && isMinorBodyWord(before))
    return 'other';
  // "chief of staff" to a politician is an aide; an armed force's is a commander ("Army Chief of Staff").
  if (word === 'chief' && lower(tokens[at + 1]) === 'of' && lower(tokens[at + 2]) === 'staff')
    return tokens.slice(Math.max(0, at - 3), at).some((t) => MILITARY.test(t.text)) ? 'leader' : 'other';
  // A press or private secretary speaks for a leader; they do not lead.
  if (DEMOTING_MODIFIERS.has(before)) return 'other';
  const service = withoutPossessive(tokens[at - 1]?.text ?? '');
  if (SERVICE_MODIFIERS.has(service) || SERVICES.has(service.toLowerCase())) return 'other';
  // "Freedonia Nurses Association President", "NFU president" (an acronym the text spells out).
  if (namesBodyBefore(tokens, at)) return 'other';
  // "vice president of electrical engineering", "head of the department": an office over a field or
  // a unit (common words), not over a country or an organisation with a name.
  // The "of" phrase runs on through words and further "of"s ("of the regional government of Odessa").
  // "president and chief executive of ...": the "of" phrase after a second title is over both.
  let of = at + 1;
  // "chief executive (officer) of ...", "secretary general of ...": the "of" phrase after the whole title,
  // whose further words are titles too.
  while (
    of < at + 3 &&
    tokens[of]?.kind === 'word' &&
    lower(tokens[of]) !== 'of' &&
    titleKind(tokens[of].text)
  )
    of++;
  if (/^(?:and|&)$/.test(lower(tokens[of])))
    for (let k = of + 1; k < at + 5 && tokens[k]?.kind === 'word'; k++) {
      if (lower(tokens[k]) === 'of') {
        of = k;
        break;
      }
      if (!titleKind(tokens[k].text) && !ROLE_MODIFIERS.has(lower(tokens[k]))) break;
    }
  if (lower(tokens[of]) === 'of') {
    // "minister of finance", "secretary of state", "head of state": a cabinet portfolio or the polity itself.
    if (kind === 'leader' && of === at + 1 && portfolioAfterOf(tokens, at)) return 'leader';
    // "chief executive of energy giant Acme", "chief executive officer of oil producers": a title of several
    // words over a body described in lower case leads as the title alone; after "the" the body is read below.
    if (
      of > at + 1 &&
      tokens[of + 1]?.kind === 'word' &&
      !isCapitalized(tokens[of + 1]) &&
      !/^(?:the|a|an|its|their)$/.test(lower(tokens[of + 1]))
    )
      return kind;
    for (let k = of + 1; k < of + 9; k++) {
      const token = tokens[k];
      if (!token || token.kind !== 'word') return 'other';
      // "head of the army", "leader of the opposition": a body that leads a polity or its forces, named
      // in lower case.
      if (!isCapitalized(token) && LEADING_BODIES.has(token.text.toLowerCase())) return kind;
      if (isCapitalized(token))
        return kind === 'leader' &&
          (namesProfessionBody(tokens, k) || namesMinorBody(tokens, k) || unitOfOrganisation(tokens, k))
          ? 'other'
          : kind;
      if (isFunctionWord(token.text) && !['of', 'the', 'a', 'an', 'and'].includes(token.text.toLowerCase()))
        return 'other';
    }
    return 'other';
  }
  return kind;
}

// Words before "for" and an office that say the office is sought: "nominee for governor", "ran for mayor".
const SEEKING =
  /^(?:nominee|nominees|nomination|candidate|candidates|candidacy|bid|bids|race|run|runs|ran|running|campaign|contender|contenders|hopeful|hopefuls)$/;

/** The title at `at`, after role words, follows "for" and a word of seeking it ("nominee for lieutenant governor"). */
function soughtOffice(tokens: Token[], at: number): boolean {
  let k = at - 1;
  while (k > 0 && at - k <= 3 && tokens[k].kind === 'word' && canModifyRole(tokens[k])) k--;
  return lower(tokens[k]) === 'for' && SEEKING.test(lower(tokens[k - 1]));
}

/**
 * "Head of Fundamental Research at Acme", "Vice President of Sales at Acme": the capitalised words from
 * `k` on name a unit that "at" places in an organisation, so its head leads only that unit.
 */
function unitOfOrganisation(tokens: Token[], k: number): boolean {
  let n = k;
  while (n < k + 8 && tokens[n] && (isCapitalized(tokens[n]) || /^(?:of|and|&)$/.test(tokens[n].text))) n++;
  return tokens[n]?.text === 'at';
}

/**
 * Bodies in lower case whose head leads, shared by an "of" phrase after a title ("head of the army") and
 * a verb of heading ("leads the opposition"): a polity, its government, forces or opposition.
 */
// prettier-ignore
export const CORE_LEADING_BODIES: ReadonlySet<string> = new Set([
  'state', 'government', 'country', 'nation', 'republic', 'kingdom', 'army', 'military', 'junta',
  'opposition', 'cabinet', 'province',
]);
// After "of": the core bodies, the forces and the treasury. Not "bank": "governor of the bank" may head any
// bank, so a central bank's governor is not covered here.
// prettier-ignore
const LEADING_BODIES = new Set([
  ...CORE_LEADING_BODIES, 'navy', 'forces', 'exchequer', 'treasury', 'territory', 'commonwealth',
]);

const CABINET_TITLE = /^(?:minister|ministers|secretary|head|heads)$/i;

/**
 * "minister of finance", "Secretary of State", "secretary for health", "head of state", "head of
 * government": an "of" or "for" right after the title names a portfolio or the polity, in lower case.
 */
function portfolioAfterOf(tokens: Token[], at: number): boolean {
  const title = tokens[at].text.toLowerCase();
  if (!CABINET_TITLE.test(title)) return false;
  const next = tokens[at + 2];
  if (!next || next.kind !== 'word') return false;
  const word = next.text.toLowerCase();
  if (/^heads?$/.test(title)) return word === 'state' || word === 'government';
  if (word === 'the') {
    // "Secretary of the Treasury", "minister of the interior", but not "secretary of the committee".
    const after = lower(tokens[at + 3]);
    return ['treasury', 'interior', 'exchequer', 'navy', 'army', 'environment', 'economy'].includes(after);
  }
  return PORTFOLIOS.has(word);
}

/** The kind of "counterpart": that of the nearest office named before it in the same sentence. */
function counterpartKind(tokens: Token[], at: number): 'leader' | 'other' {
  for (let k = at - 1; k >= 0 && at - k < 40 && !SENTENCE_END.has(tokens[k].text); k--) {
    const kind = tokens[k].kind === 'word' ? titleKind(withoutPossessive(tokens[k].text)) : undefined;
    if (kind && !COUNTERPART.test(tokens[k].text.toLowerCase())) return refineKind(tokens, k, kind);
  }
  // "Mr. Doe and his Chinese counterpart": a counterpart of another nation stands for its government.
  return isCountryOrDemonym(withoutPossessive(tokens[at - 1]?.text ?? '')) ? 'leader' : 'other';
}

/**
 * A title right before the name: lower case ("the Russian president, Vladimir Putin", "Kremlin
 * spokesman Dmitry Peskov"), or capitalised before a comma when the name is set off by commas or
 * ends the sentence ("the then Foreign Secretary, John Doe, signed"); `closed` says it is.
 */
export function titleBefore(
  text: string,
  tokens: Token[],
  first: number,
  closed = false,
): RoleEvidence | undefined {
  // "Prime Minister and Chairman of the Authority, Dr the Rt. Hon. John Doe,": forms of address
  // between the comma and the name, and a capitalised office with its "of" phrase before the comma.
  // The forms of address mark the apposition, so the name need not be closed by a comma here.
  let comma = first - 1;
  while (comma > first - 6 && tokens[comma] && ADDRESS.test(tokens[comma].text)) comma--;
  if (
    comma < first - 1 &&
    tokens[comma]?.text === ',' &&
    tokens.slice(comma + 1, first + 1).some((t) => ADDRESS_MARK.test(t.text))
  ) {
    const office = capitalisedOfficeBefore(text, tokens, comma);
    if (office) return office;
  }
  let at = first - 1;
  if (tokens[at]?.text === ',') at--;
  const title = tokens[at];
  // "the leader of Ennahda, Rachid Ghannouchi"; a title right before the comma is nearer ("the brother
  // of the Taliban's deputy leader, Sirajuddin Haqqani" is the deputy leader).
  if (tokens[first - 1]?.text === ',' && !(title?.kind === 'word' && titleKind(title.text))) {
    const described = titleOfBefore(text, tokens, first - 1, closed);
    if (described) return described;
  }
  if (!title || title.kind !== 'word' || first - at > 2) return undefined;
  if (isCapitalized(title) && !(closed && first - at === 2)) return undefined;
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

// Forms of address written between an office and a name: "Dr the Rt. Hon.", "the Hon.".
// The forms that only ever stand in such an apposition ("the Hon.", "the Rt. Hon."), unlike "Mr" or "Dr".
const ADDRESS_MARK = /^(?:rt|hon|honourable|honorable)$/i;
const ADDRESS = /^(?:\.|the|dr|mr|mrs|ms|sir|dame|rt|hon|right|honourable|honorable)$/i;

/** A capitalised office ending at the comma before a name, through its "of" phrase: "Chairman of the Authority,". */
function capitalisedOfficeBefore(text: string, tokens: Token[], comma: number): RoleEvidence | undefined {
  for (let k = comma - 1; k >= 0 && comma - k <= 8; k--) {
    const token = tokens[k];
    if (token.kind !== 'word' || !(isCapitalized(token) || ORGANISATION_LINKS.has(token.text)))
      return undefined;
    const kind = isCapitalized(token) ? titleKind(token.text) : undefined;
    if (kind)
      return { role: text.slice(token.start, tokens[comma - 1].end), kind: refineKind(tokens, k, kind) };
  }
  return undefined;
}

/** A role with "of" before the name and a comma: "The leader of Ennahda, Rachid Ghannouchi". */
function titleOfBefore(
  text: string,
  tokens: Token[],
  comma: number,
  closed: boolean,
): RoleEvidence | undefined {
  for (let k = comma - 2; k >= 0 && comma - k <= 8; k--) {
    const token = tokens[k];
    if (token.kind !== 'word') return undefined;
    const next = tokens[k + 1].text.toLowerCase();
    const kind = titleKind(token.text);
    // "The Mayor of London, Jane Roe": a capitalised title right after "the" (or "The Prime Minister of").
    let capitalisedAfterThe = false;
    if (kind && isCapitalized(token)) {
      let m = k - 1;
      while (
        m > k - 3 &&
        tokens[m] &&
        isCapitalized(tokens[m]) &&
        ROLE_MODIFIERS.has(tokens[m].text.toLowerCase())
      )
        m--;
      // Only for a name set off by commas or ending the sentence ("..., GateHouse's parent," is no holder).
      capitalisedAfterThe = closed && /^(?:the|former)$/i.test(tokens[m]?.text ?? '');
    }
    if (kind && (!isCapitalized(token) || capitalisedAfterThe) && (next === 'of' || next === 'for')) {
      if (capitalisedAfterThe)
        return { role: text.slice(token.start, tokens[comma - 1].end), kind: refineKind(tokens, k, kind) };
      // "the leader of ...", "the socialist leader of ...": an article or possessive opens the role.
      let o = k - 1;
      while (
        o > k - 3 &&
        tokens[o]?.kind === 'word' &&
        !isCapitalized(tokens[o]) &&
        !isFunctionWord(tokens[o].text)
      )
        o--;
      const opener = tokens[o]?.text.toLowerCase() ?? '';
      if (!['the', 'a', 'an', 'its', 'former'].includes(opener) && !/['’]s$/u.test(tokens[o]?.text ?? ''))
        return undefined;
      return { role: text.slice(token.start, tokens[comma - 1].end), kind: refineKind(tokens, k, kind) };
    }
    if (isFunctionWord(token.text) && !['of', 'for', 'the'].includes(token.text.toLowerCase()))
      return undefined;
  }
  return undefined;
}

/**
 * A capitalised title that is the office of the apposition, not part of a name or a possessive:
 * "the current Environment Secretary," or "the Secretary of State" ("the President's niece" is not).
 */
function capitalisedOffice(tokens: Token[], k: number, opener: string, from: number): boolean {
  // "Jane Roe, Minister of Health,", "Jane Roe, Prime Minister,": the office opens the apposition, with
  // only words of the office before its title.
  const opensWithOffice = tokens
    .slice(from, k)
    .every((t) => ROLE_MODIFIERS.has(t.text.toLowerCase()) || isPortfolioWord(t.text.toLowerCase()));
  if (opener !== 'the' && opener !== 'former' && !opensWithOffice) return false;
  if (withoutPossessive(tokens[k].text) !== tokens[k].text) return false;
  const next = tokens[k + 1];
  return !next || APPOSITION_END.has(next.text) || ROLE_OF.test(next.text);
}

// What stands set off by commas between a name and its office: an age ("Jane Roe, 54, the mayor") or
// a US party and state tag ("Mitch McConnell, R-Ky., the Senate majority leader").
const AGE_OR_PARTY =
  /^(?:\s*\([RDI](?:-[A-Z][A-Za-z. ]{0,12})?\))?,\s*(?:(?:\d{1,3}|[RDI]-[A-Z][A-Za-z.]{0,12})\s*,)?/;

/** The last token before the office: after an age or a party tag set off by commas, if there is one. */
function afterAgeOrParty(text: string, tokens: Token[], last: number): number {
  // Also a party in parentheses before the comma: "Jane Roe (D), the governor".
  const tag = AGE_OR_PARTY.exec(text.slice(tokens[last].end, tokens[last].end + 24));
  if (!tag || tag[0].replace(/\s/g, '') === ',') return last;
  const comma = tokens[last].end + tag[0].lastIndexOf(',');
  let k = last + 1;
  while (tokens[k] && tokens[k].start < comma) k++;
  return k - 1;
}

/** Capitalised words from `from` on, the last of them possessive: "South Africa's", "Hong Kong's". */
function possessivePlace(tokens: Token[], from: number): boolean {
  for (let k = from; k < from + 3 && tokens[k] && isCapitalized(tokens[k]); k++)
    if (/['’]s$/u.test(tokens[k].text)) return k > from;
  return false;
}

/** A role after the name: "Erdogan, Turkey's president", "X, the president of the regional government of Odessa". */
export function appositionAfter(text: string, tokens: Token[], last: number): RoleEvidence | undefined {
  last = afterAgeOrParty(text, tokens, last);
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
    isPlaceOrOrganization(opener.text) ||
    // "Jane Roe, ECB president,": an acronym names the body (a capitalised word may be another name).
    /^\p{Lu}{2,6}$/u.test(opener.text) ||
    // "Jane Roe, South Freedonia's president,", "Hong Kong's chief executive": a place of several words
    // in the possessive.
    possessivePlace(tokens, from);
  if (!opens) return undefined;
  let end = from;
  let kind: 'leader' | 'other' | undefined;
  let joined = false;
  for (let k = from; k < tokens.length && k - from < MAX_APPOSITION_TOKENS; k++) {
    const token = tokens[k];
    if (APPOSITION_END.has(token.text) || /\n/.test(text.slice(tokens[k - 1].end, token.start))) break;
    const lower = token.text.toLowerCase();
    // "a Labour MP and former cabinet minister": a leader's office joined to another role counts.
    if (kind === 'other' && lower === 'and') joined = true;
    if (!kind || joined) {
      if (lower === 'who' || lower === 'which' || lower === 'that') {
        if (joined) break;
        return undefined;
      }
      // "Jane Roe, the president's daughter": a possessive office belongs to someone else.
      const title = /['’]s$/u.test(token.text) ? undefined : titleKind(token.text);
      // Titles are lower case after a name; "CEO" and its kin are written in capitals; a British
      // style capitalises the office itself ("Doe, the current Environment Secretary,").
      if (
        title &&
        (!isCapitalized(token) ||
          /^\p{Lu}{2,}$/u.test(token.text) ||
          capitalisedOffice(tokens, k, openerLower, from))
      ) {
        const found = refineKind(tokens, k, title);
        if (!kind || found === 'leader') kind = found;
        if (joined) joined = false;
      } else if (!kind && (k - from > 5 || lower === 'of' || lower === 'for')) return undefined;
    }
    end = k;
  }
  if (!kind) return undefined;
  const start = ['a', 'an'].includes(openerLower) ? tokens[from + 1].start : opener.start;
  return { role: text.slice(start, tokens[end].end), kind };
}
