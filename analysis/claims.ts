import { tagWindows, type TaggedTerm } from './tagger';
import { isFunctionWord } from './lexicon';
import { isCapitalized, lower, onlySpacesBetween, startsSentence, tokenize, type Token } from './tokens';
import type { NumericClaim } from './types';
import { isMeasureUnit, looksPlural, normalizeUnit } from './units';
import { RATE, readNumberPhrase, type NumberPhrase } from './claim-number';
import { findHead, headWindow } from './claim-head';
import { isIdiomaticOne, isYearOfEvents, isYearUse, nicknames } from './not-claims';
import { inTitleCaseLine } from './person-names';
import { withScoreLines } from './claim-scores';

/**
 * Finds numeric claims: quantities about the world with what they count or measure.
 * Dates, years, times, ordinals, labels ("page 5") and numbers in names ("G7") are left out.
 */
export function findNumericClaims(text: string, tokens: Token[] = tokenize(text)): NumericClaim[] {
  const phrases: NumberPhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = readNumberPhrase(text, tokens, i);
    if (!phrase) continue;
    phrases.push(phrase);
    i = phrase.after - 1;
  }

  const needHead = phrases.filter((p) => !p.unit);
  const windows = needHead.map((p) => headWindow(text, tokens, p));
  // Partitives ("40 of the company's 200 stores", "58% of the vote"): the noun after "of" is tagged too.
  const partitives = new Map<NumberPhrase, number>();
  for (const phrase of phrases) {
    const window = partitiveWindow(text, tokens, phrase);
    if (window) partitives.set(phrase, windows.push(window) - 1);
  }
  const tagged = tagWindows(text, windows);

  const claims: NumericClaim[] = [];
  let lastEnd = -1;
  let headIndex = 0;
  let low: number | undefined;
  for (const [k, phrase] of phrases.entries()) {
    let unit = phrase.unit;
    // The first number of a range belongs to the next phrase ("three to four months").
    const inRange = (phrases[k + 1]?.first ?? Infinity) < phrase.after;
    const rangeLow = low;
    low = undefined;
    let terms: TaggedTerm[] = [];
    if (!unit) terms = tagged[headIndex++];
    if (inRange) {
      low = phrase.value;
      continue;
    }
    if (!unit) {
      unit = findHead(terms, phrase.value, tokens[phrase.after - 1].kind === 'number');
      // "the 5-1 Boston Celtics", "a 10-2 jury verdict": a record or score before a name or a singular
      // noun says nothing about it; a range counts a plural ("5-10 years").
      if (
        unit &&
        tokens[phrase.after - 2]?.text === '-' &&
        (/^\p{Lu}/u.test(unit.text) || !looksPlural(unit.text)) &&
        // "30-600 MW", "2-3 kg": a unit of measure after a range measures it.
        !isMeasureUnit(normalizeUnit(unit.text))
      )
        unit = undefined;
      if (
        phrase.yearLike &&
        (!unit || isYearUse(tokens, phrase) || !looksPlural(unit.text) || isYearOfEvents(unit.text))
      )
        continue;
      if (unit && namesAThing(tokens, phrase, terms)) continue;
      // "net zero carbon", "zero tolerance": "zero" before a singular noun names a goal or a policy.
      if (
        unit &&
        lower(tokens[phrase.first]) === 'zero' &&
        (!looksPlural(unit.text) || lower(tokens[phrase.first - 1]) === 'net')
      )
        continue;
      // A qualified number needs no noun: "less than 100", "near zero"; nor does a figure written
      // with a separator or decimals ("closed at 7,412.05", "rose to 143,600").
      if (
        !unit &&
        !phrase.viaOf &&
        !phrase.needsHead &&
        (phrase.first < phrase.after - 1 || /\d[,.]\d/.test(tokens[phrase.after - 1].text))
      )
        unit = { text: '', end: tokens[phrase.after - 1].end };
      // An age in an apposition ("Ann Lee, 27, of Springfield") or after "age" ("age 23").
      if (!unit && isAge(text, tokens, phrase)) unit = { text: '', end: tokens[phrase.after - 1].end };
      // "20 of them", "thousands of us": the pronoun stands for the counted noun.
      if (!unit && ofPronoun(text, tokens, phrase)) unit = { text: '', end: tokens[phrase.after - 1].end };
      // 'two "choice targets"': a counted noun in quotes, the quotes kept with it.
      if (!unit && !phrase.needsHead) {
        const end = tokens[phrase.after - 1].end;
        const quoted = QUOTED_NOUN.exec(text.slice(end, end + 48));
        if (quoted) unit = { text: quoted[1].split(/\s+/).pop() ?? '', end: end + quoted[0].length };
      }
      // "the toll was 777", "a high of 799", "seven are on the list": a figure that stands for its noun.
      if (!unit && isBareFigure(text, tokens, phrase)) unit = { text: '', end: tokens[phrase.after - 1].end };
      // "won five of six", "12 of 13", "three in a row", "have lost five straight": a tally with its noun
      // left out, as sports news writes it.
      if (!unit && !phrase.needsHead && !phrase.viaOf) {
        const end = tokens[phrase.after - 1].end;
        const tally = TALLY_AFTER.exec(text.slice(end, end + 24));
        if (tally) unit = { text: '', end: end + tally[0].length };
      }
    }
    // "40 of the company's 200 stores", "58% of the vote": a partitive runs to its noun.
    const partitive = partitives.has(phrase) ? findHead(tagged[partitives.get(phrase) ?? 0], 2) : undefined;
    if (
      partitive &&
      (!unit || unit.end <= partitive.end) &&
      (!unit?.text || !/^[a-z]/.test(unit.text) || phrase.unit)
    )
      unit = { text: unit?.text || partitive.text, end: partitive.end };
    if (!unit) continue;
    // A rate is one claim: "$4.50 a gallon", "99 cents per pound", "25 patients a day", "1.1Tb per square inch".
    const rate = RATE.exec(text.slice(unit.end, unit.end + 32));
    if (rate) unit = { text: unit.text, end: unit.end + rate[0].length };
    // "16 years old": an age keeps its "old".
    const old = /^(?:years?|months?|weeks?|days?)$/i.test(unit.text)
      ? /^[ \u00a0]old\b/.exec(text.slice(unit.end, unit.end + 5))
      : null;
    if (old) unit = { text: unit.text, end: unit.end + old[0].length };
    // "2 degrees Celsius": the scale belongs to the unit.
    const scale = /^degrees?$/i.test(unit.text)
      ? /^[ \u00a0](?:Celsius|Fahrenheit|centigrade)\b/.exec(text.slice(unit.end, unit.end + 12))
      : null;
    if (scale) unit = { text: unit.text, end: unit.end + scale[0].length };
    // "the 50-second mark", "the 10-mile marker": a point along the way, not an amount.
    if (text.slice(tokens[phrase.first].start, unit.end).includes('-'))
      if (/^[ \u00a0]+mark(?:er)?\b/i.test(text.slice(unit.end, unit.end + 10))) continue;
    // "a £1,000 fine", "a $2 billion loan": an amount of money runs on to the noun that says what it is.
    const what =
      !rate && !phrase.unit?.text.includes('-') && /^[A-Z]{3}$/.test(normalizeUnit(unit.text))
        ? MONEY_NOUN.exec(text.slice(unit.end, unit.end + 24))
        : null;
    if (what) unit = { text: unit.text, end: unit.end + what[0].length };
    // "from three-point range", "a three-point shot": a kind of shot or play named by its worth, not a count.
    if (
      /-(?:points?|pointers?)$/i.test(text.slice(tokens[phrase.first].start, unit.end)) &&
      SHOT_KINDS.test(text.slice(unit.end, unit.end + 12))
    )
      continue;
    // "7-6 (5)": a set score keeps its tiebreak points.
    if (!unit.text && /^\d+-\d+$/.test(text.slice(tokens[phrase.first].start, unit.end))) {
      const tiebreak = /^[ \u00a0]\(\d{1,2}\)/.exec(text.slice(unit.end, unit.end + 6));
      if (tiebreak) unit = { text: unit.text, end: unit.end + tiebreak[0].length };
    }
    // "four years ago" dates an event; it does not state a quantity.
    if (/^\s+ago\b/i.test(text.slice(unit.end, unit.end + 6))) continue;
    if (!phrase.unit && phrase.value === 1 && !rate && isIdiomaticOne(text, tokens, phrase, unit, terms))
      continue;
    let start = tokens[phrase.first].start;
    if (/^aged?$/i.test(lower(tokens[phrase.first - 1])) && !phrase.unit && !unit.text)
      start = tokens[phrase.first - 1].start;
    // "$300 billion over two years": after an amount, "over" a duration is the period it spans.
    if (
      lower(tokens[phrase.first]) === 'over' &&
      lastEnd >= 0 &&
      onlySpacesBetween(text, lastEnd, start) &&
      DURATIONS.has(normalizeUnit(unit.text))
    )
      start = tokens[phrase.first + 1].start;
    if (start < lastEnd) continue;
    const claim: NumericClaim = {
      start,
      end: unit.end,
      text: text.slice(start, unit.end),
      value: rangeLow ?? phrase.value,
      unit: unit.text,
      normalizedUnit: normalizeUnit(unit.text),
    };
    if (rangeLow !== undefined && phrase.value > rangeLow) claim.high = phrase.value;
    else if (phrase.high !== undefined) claim.high = phrase.high;
    if (
      phrase.approximate ||
      APPROXIMATORS.test(text.slice(start, tokens[phrase.first].end + 16).split(/\d/)[0])
    )
      claim.approximate = true;
    claims.push(claim);
    lastEnd = unit.end;
  }
  // A nickname is a name wherever the text uses it, also in lower case ("the three amigos").
  const names = nicknames(tokens);
  const named = names.size ? claims.filter((claim) => !names.has(claim.text.toLowerCase())) : claims;
  return withScoreLines(text, named);
}

// What follows a number in a tally whose noun is left out: " of six" (then no noun), " in a row", " straight".
const NUMBER_WORD =
  '(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)';
const TALLY_AFTER = new RegExp(
  `^(?: of ${NUMBER_WORD}(?=[.,;:!?)]|\\s+(?:and|but|or|in|on|for|this|last|since|at|with|after|before|games|matches)\\b|$)|(?= in a row\\b)| straight(?=[.,;:!?)]|\\s+(?:and|but|or|in|on|for|since|at|with|after|before)\\b|$))`,
  'i',
);

// Nouns after "three-point" that name a kind of shot, play or place on the court, not an amount of points.
const SHOT_KINDS =
  /^[ \u00a0](?:range|shots?|line|attempts?|shoot(?:er|ers|ing)|plays?|arc|percentage|field goals?|baskets?)\b/i;

// What an amount of money is, written right after it: "a £50 fine", "a $3 billion loan".
const MONEY_NOUN =
  /^[ \u00a0](?:fines?|fees?|loans?|grants?|bonus(?:es)?|salary|salaries|payments?|payouts?|settlements?|bail|penalt(?:y|ies)|awards?|donations?|bailouts?|budgets?|deals?|packages?|bonds?|levy|levies|tax(?:es)?|surcharges?|subsid(?:y|ies)|tariffs?)\b/i;

// Qualifiers that make an amount approximate, not a bound: "about 50", "nearly $1 trillion".
const APPROXIMATORS =
  /^(?:about|around|roughly|approximately|nearly|almost|some|close to|an estimated|near|upwards of|potentially|like)\b/i;

// Numbers that name a line, a model or a service when a singular noun follows: "the 747 line",
// "its 500 series"; and emergency numbers ("911 calls", "a 999 call").
const NAMING_BEFORE = new Set(['the', 'its', 'their', 'his', 'her', 'this', 'that']);
const EMERGENCY = /^(?:911|999|112|000|111)$/;
const EMERGENCY_NOUNS =
  /^(?:calls?|callers?|lines?|operators?|dispatchers?|dispatch|centers?|centres?|services?)$/i;

/** True when a number before its noun names a thing rather than counting it. */
function namesAThing(tokens: Token[], phrase: NumberPhrase, terms: readonly TaggedTerm[]): boolean {
  if (phrase.first !== phrase.after - 1 || !terms[0]) return false;
  const number = tokens[phrase.first];
  const noun = terms[0].text;
  if (number.kind !== 'number' || !/^\d{3,}$/.test(number.text)) return false;
  if (EMERGENCY.test(number.text) && EMERGENCY_NOUNS.test(noun)) return true;
  return (
    NAMING_BEFORE.has(lower(tokens[phrase.first - 1])) &&
    /^\p{Ll}/u.test(noun) &&
    !looksPlural(noun) &&
    !isMeasureUnit(normalizeUnit(noun))
  );
}

// What may stand between "of" and the counted noun of a partitive: articles, possessives, a number.
const PARTITIVE_LEAD =
  /^\s+of\s+(?:(?:the|its|their|his|her|our|your|these|those|this|that|all|[\p{L}.]+['’]s|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\s+){1,3}/iu;

/** The window where a partitive's noun is, after "of" and its articles: "40 of the company's 200 stores". */
function partitiveWindow(
  text: string,
  tokens: Token[],
  phrase: NumberPhrase,
): { start: number; end: number; from: number } | undefined {
  // Only a bare count runs on: "58% of the vote" and "more than half of the hospitals" end at the figure.
  if (phrase.viaOf || phrase.unit) return undefined;
  const end = tokens[phrase.after - 1].end;
  const lead = PARTITIVE_LEAD.exec(text.slice(end, end + 80));
  if (!lead) return undefined;
  // Not "of them" (a pronoun, read elsewhere) and not a year or a place name ("40% of 2019").
  const from = end + lead[0].length;
  if (!/^\p{Ll}|^\p{Lu}\p{Ll}+s\b/u.test(text.slice(from))) return undefined;
  if (/^(?:them|us|you|those|these|whom)\b/i.test(text.slice(from))) return undefined;
  let stop = text.slice(from, from + 60).search(/[.,;:!?()"“”\n]/);
  if (stop < 0) stop = 60;
  return { start: end, end: from + stop, from };
}

/** An age stated by a bare number: "Ann Lee, 27, of Springfield", "Ann Lee, 27.", "age 23", "aged 41". */
function isAge(text: string, tokens: Token[], phrase: NumberPhrase): boolean {
  if (phrase.first !== phrase.after - 1 || !/^\d{1,3}$/.test(tokens[phrase.first].text) || phrase.value > 120)
    return false;
  const before = lower(tokens[phrase.first - 1]);
  if (before === 'age' || before === 'aged') return true;
  const name = tokens[phrase.first - 2];
  return (
    before === ',' &&
    !!name &&
    name.kind === 'word' &&
    /^\p{Lu}/u.test(name.text) &&
    /^[,;.)]$/.test(tokens[phrase.after]?.text ?? '')
  );
}

// Lower-case words in quotes right after a number, ending in a plural: 'two "choice targets"'.
const QUOTED_NOUN = /^[ \u00a0][“"]((?:\p{Ll}+[ -]){0,3}\p{Ll}+s)[”"]/u;
// Verbs a figure completes ("was 777", "reached 40") and verbs of change before "to"/"by"/"at".
const FIGURE_VERBS = new Set([
  'was',
  'were',
  'is',
  'are',
  'reached',
  'hit',
  'totaled',
  'totalled',
  'numbered',
  'topped',
]);
const CHANGE_VERBS =
  /^(?:rose|fell|climbed|dropped|jumped|increased|decreased|grew|risen|fallen|stood|stands|stand)$/;
// Nouns of an amount whose "of" a figure completes: "a high of 799", "a death toll of 36".
const AMOUNT_NOUNS = new Set([
  'high',
  'low',
  'peak',
  'total',
  'toll',
  'tally',
  'count',
  'majority',
  'average',
  'maximum',
  'minimum',
  'record',
]);
// Verbs a figure is the subject of: "seven are also on the list", "two were hurt".
const SUBJECT_VERBS = new Set(['are', 'were', 'have', 'had', 'remain', 'remained', 'died', 'survived']);
const CLAUSE_START = new Set([',', 'and', 'but', 'while', 'including', ';']);

/**
 * A figure with no noun after it that still states an amount, its noun said before: completing a
 * verb ("the count was 777 -"), an amount's "of" ("a record high of 799 the day before"), or the
 * subject of a clause ("of the 10, seven are on the list"), or an item of a list ("including four in ...").
 */
function isBareFigure(text: string, tokens: Token[], phrase: NumberPhrase): boolean {
  if (phrase.yearLike || phrase.viaOf || phrase.needsHead || phrase.value === 1) return false;
  const before = lower(tokens[phrase.first - 1]);
  const next = tokens[phrase.after];
  // A headline's subject counts the people it is about: "Two More Gunned Down", "Three Dead In Crash".
  if (
    startsSentence(tokens, phrase.first) &&
    HEADLINE_COUNTED.test(next?.text ?? '') &&
    inTitleCaseLine(text, tokens[phrase.first].start)
  )
    return true;
  const closes = !next || next.kind === 'punct' || (!isCapitalized(next) && isFunctionWord(next.text));
  if (!closes) return false;
  if (FIGURE_VERBS.has(before)) return true;
  if (/^(?:to|by|at)$/.test(before) && CHANGE_VERBS.test(lower(tokens[phrase.first - 2]))) return true;
  if (before === 'of' && AMOUNT_NOUNS.has(lower(tokens[phrase.first - 2]))) return true;
  if (before === 'including' && next?.kind !== 'punct') return true;
  const opens = phrase.first === 0 || CLAUSE_START.has(before) || startsSentence(tokens, phrase.first);
  return opens && SUBJECT_VERBS.has(lower(next));
}

// What a headline says of the people its opening number counts.
const HEADLINE_COUNTED =
  /^(?:More|Dead|Die|Died|Killed|Hurt|Injured|Wounded|Missing|Arrested|Charged|Held|Shot|Rescued|Evacuated)$/;

const OF_PRONOUN = /^\s+of\s+(?:them|us|you|those|these|whom)\b/i;
// Words before "two of them" that make the number point back to a group already counted.
const ANAPHORIC_BEFORE = new Set(['the', 'both', 'all', 'these', 'those', 'its', 'their', 'our', 'your']);

/** A number followed by "of them" (or us, those, whom), not "the two of them". */
function ofPronoun(text: string, tokens: Token[], phrase: NumberPhrase): boolean {
  if (phrase.value === 1 || ANAPHORIC_BEFORE.has(lower(tokens[phrase.first - 1]))) return false;
  return OF_PRONOUN.test(text.slice(tokens[phrase.after - 1].end, tokens[phrase.after - 1].end + 12));
}

// Units of time, as normalizeUnit gives them.
const DURATIONS = new Set(['yr', 'mo', 'wk', 'd', 'h', 'min', 'decade', 'quarter', 'century', 'season']);
