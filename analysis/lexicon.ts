import nlp from 'compromise';

/** Word classes from compromise's lexicon, looked up without running its tagger. */

type Lexicon = Record<string, string | string[] | undefined>;
const lexicon = (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon;

/** The word classes compromise's lexicon gives the word (lower-cased), or none. */
export function wordTags(word: string): string[] {
  const key = word.toLowerCase();
  // Own keys only: "constructor" or "toString" must not read the prototype.
  const entry = Object.hasOwn(lexicon, key) ? lexicon[key] : undefined;
  if (entry === undefined) return [];
  return Array.isArray(entry) ? entry : [entry];
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific']);
const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
// Classes of words that never begin a role or a name: "But", "On", "Speaking", "Tuesday".
const FUNCTION_TAGS = new Set([
  'Conjunction',
  'Preposition',
  'Determiner',
  'Adverb',
  'Pronoun',
  'Modal',
  'Copula',
  'Auxiliary',
  'PastTense',
  'PresentTense',
  'Infinitive',
  'Gerund',
  'WeekDay',
  'Month',
  'QuestionWord',
  'Expression',
  'Negative',
  'Possessive',
  'Date',
]);
const PLACE_TAGS = new Set([
  'Country',
  'City',
  'Place',
  'Region',
  'Demonym',
  'Organization',
  'Company',
  'SportsTeam',
]);

/** True when compromise knows the word only as a common word (noun, adjective, verb...), not a name. */
export function isCommonWord(word: string): boolean {
  const tags = wordTags(word);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t));
}

/** True when compromise knows the word as a given name. */
export function isFirstName(word: string): boolean {
  return wordTags(word).some((t) => FIRST_NAME_TAGS.has(t));
}

/** True when the word is a function word, verb or date word: it cannot start a role or a name. */
export function isFunctionWord(word: string): boolean {
  return wordTags(word).some((t) => FUNCTION_TAGS.has(t));
}

/** True when compromise knows the word as a country, city, nationality or organisation. */
export function isPlaceOrOrganization(word: string): boolean {
  return wordTags(word).some((t) => PLACE_TAGS.has(t));
}

const NOUN_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Uncountable', 'Actor', 'Unit']);
const VERB_TAGS = new Set(['Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Copula', 'Modal']);

/** True when compromise knows the word as a noun and never as a verb ("chef", "manager"; not "said"). */
export function isNounWord(word: string): boolean {
  const tags = wordTags(word);
  return tags.some((t) => NOUN_TAGS.has(t)) && !tags.some((t) => VERB_TAGS.has(t) || NAME_TAGS.has(t));
}

/** True when compromise knows the word as a country or a nationality ("Palestinian", "European"). */
export function isCountryOrDemonym(word: string): boolean {
  return wordTags(word).some((t) => t === 'Country' || t === 'Demonym');
}

/** True when compromise knows the word as a sports team ("Lakers", "Yankees"). */
export function isSportsTeam(word: string): boolean {
  return wordTags(word).includes('SportsTeam');
}
