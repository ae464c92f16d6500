/** How a story is written: datelines, attribution, first-person writing, and the page's language. */

import { CJK } from './story-prose';

// Reporting attributes what it states: "said", "according to", and their equivalents in the
// languages the analysis meets (French, Spanish, Portuguese, German, Czech, Chinese, Japanese).
export const ATTRIBUTION =
  /\b(?:said|says|told|according to|reported|announced|spokes(?:man|woman|person)|a déclaré|a indiqué|a affirmé|selon|dijo|afirmó|declaró|según|disse|afirmou|segundo|sagte|sagten|erklärte|erklärten|betonte|berichtete|berichten|teilte|teilten|kündigte|kritisierte|forderte|zufolge|laut|uvedl|uvedla|řekl|řekla|podle)\b|表示|记者|報道|报道|据|発表した|によると|述べた/gi;
// A dateline opens a report: "WASHINGTON (AP) —", "LONDON, March 3 (Reuters) -", "(CNN) —",
// "Feb. 23, 2015 --", "新华社北京3月10日电", "3月9日".
export const DATELINE =
  /^\s*(?:[A-ZÄÖÜ][a-zäöüß]+(?:[ /-][A-ZÄÖÜ][a-zäöüß]+)?\s*[–—]\s|[A-ZÄÖÜ]{3,}[A-ZÄÖÜ -]*\.\s|[A-Z][A-Z .,'-]{2,40}(?:,[^—–(\n]{0,30})?\s*(?:\([A-Za-z .]+\))?\s*[—–-]|\([A-Z][A-Za-z]+\)\s*[—–-]|\S{0,20}?\d{1,2}月\d{1,2}日)|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})? ?(?:--|—|–)/m;
// Blogs, essays and how-tos talk about "I" and to "you"; reports mostly do not.
export const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|I'll)\b/g;
export const PERSONAL = /\b(?:me|my|mine|you|your|you're|you'll|you've|we|we're|we've|our|ours)\b/gi;
const ENGLISH_WORDS = /\b(?:the|and|of|to|in|that|is|was|for|with|said|on|has|have|by)\b/gi;
export const HOW_TO = /^\s*how to\b/i;
export const WE = /\b(?:we|we're|we've|our|ours)\b/gi;
// When it happened: news says which day ("on Tuesday", "am Dienstag", "yesterday"); guides and
// essays seldom do. In the languages met.
export const WHEN =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|gestern|vorgestern|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela)\b/gi;
// A date or a time of day in the text: "31.10.2023", "am 3. März", "March 3", "gegen 23:40 Uhr", "at 5 p.m.".
export const DATE_IN_TEXT =
  /\b\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|\b\d{1,2}\.? (?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|january|february|march|june|july|october|december|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b|\b(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|aug|sept?|oct|nov|dec)\.? \d{1,2}\b|\b\d{1,2}[:.]\d\d (?:uhr|h\b)|\b\d{1,2}(?::\d\d)? ?[ap]\.m\./gi;
// A quotation mark opening someone's words: reports quote people.
export const QUOTE_MARK = /[„“«»]|(?:^|\s)"/g;
// German blogs, guides and essays: "ich", and "du" or the formal "Sie" addressed to the reader.
export const PERSONAL_DE =
  /\b(?:[Ii]ch|[Mm]ich|[Mm]ir|[Mm]ein(?:e[nmrs]?)?|[Dd]u|[Dd]ich|[Dd]ir|[Dd]ein(?:e[nmrs]?)?|[Ee]uch|[Ee]uer|[Ee]ure|Ihnen|Ihre[nmrs]?)\b/g;
// The same in German: an organisation telling its own news ("wir haben", "unser Verband").
export const WIR = /\b(?:wir|uns|unser|unsere|unserer|unseren|unserem|unseres)\b/gi;
// "How we built", "Why I left", "My year with", "Our survey": the writer's own story. ("What we
// know" is how news sums up a story.)
export const FIRST_PERSON_HEADLINE =
  /^\s*(?:(?:how|why|what|when|where)\s+(?:i|we)\b(?!\s+know)|(?:i|i'm|i've|i'd|my|we|we're|we've|our)\s)/i;
/** A headline without what it quotes: "'We will not back down,' says minister" is not about its writer. */
export const unquoted = (text: string) =>
  text.replace(/(^|[\s(])[“"‘'][^”"’']*[”"’'](?=[\s,.:;!?)]|$)/g, '$1 ');
// The story's box and its ancestors, named for news or for a blog: read once per page, as words (split
// at spaces, "_" and "-") rather than with patterns that a new renderer would first have to compile.
const WORD_BREAKS = /[\s_-]+/;
/** Whether the class names and ids in `names` hold one of `words`. */
export const namesWord = (names: string, words: ReadonlySet<string>) =>
  names
    .toLowerCase()
    .split(WORD_BREAKS)
    .some((word) => words.has(word));
export const NEWS_BOX = new Set(['news', 'story', 'stories', 'newsarticle']);
export const BLOG_BOX = new Set(['blog', 'blogs', 'blogpost']);

/** The language the page declares (two letters, lower case), or "". */
export function declaredLanguage(doc: Document, metas: Map<string, string>): string {
  return (
    doc.documentElement.getAttribute('lang') ||
    metas.get('og:locale') ||
    metas.get('content-language') ||
    metas.get('language') ||
    ''
  )
    .toLowerCase()
    .slice(0, 2);
}

// Function words of the other languages met most (German, French, Spanish, Italian, Portuguese): an
// English template around a story in one of them. Not those that are English words or parts of names
// an English page lists ("die", "Los Angeles", "Las Vegas", "El Paso", "Des Moines", "Di Maria").
const OTHER_WORDS =
  /\b(?:der|das|und|nicht|ist|sich|eine|wird|auf|les|et|une|est|pour|dans|avec|qui|que|y|en|por|una|il|che|della|gli|nel|não|em|uma|pela|pelo)\b/gi;
const share = (sample: string, words: RegExp, count: number) => (sample.match(words)?.length ?? 0) / count;

/**
 * The language the page declares, or a guess from its text when it declares none. A story of some length
 * overrules a wrong declaration (an English story in an edition's `lang="de"` template, a Spanish one in an
 * English template): clearly English text is English, and a declared English page whose text is in another
 * language is not taken for English.
 */
export function pageLanguage(declared: string, sample: string): string {
  const words = sample.split(/\s+/).length;
  if (!declared) {
    if (/[\u3040-\u30ff]{3}/.test(sample)) return 'ja';
    if ((sample.match(CJK)?.length ?? 0) > sample.length * 0.3) return 'zh';
    return words > 20 && share(sample, ENGLISH_WORDS, words) > 0.12 ? 'en' : '';
  }
  // English runs at about one word in five in these words, other languages under one in seven. A box
  // score or a list of names has few of them in any language: only other languages' own function
  // words say that a page declared English is not.
  if (words < 50) return declared;
  const english = share(sample, ENGLISH_WORDS, words);
  if (declared !== 'en') return english > 0.15 ? 'en' : declared;
  return english < 0.05 && share(sample, OTHER_WORDS, words) > 0.08 ? '' : declared;
}

// A quotation in running text: between typographic or straight double quotes, or guillemets.
const QUOTATION = /[“"«„][^”"»“\n]{1,600}[”"»“]/g;
/**
 * A text without what it quotes, when quotations are a part of it as in a report; a text that is
 * mostly quotation (dialogue: fiction, transcripts) stays whole.
 */
export function unquotedText(text: string): string {
  const own = text.replace(QUOTATION, ' ');
  return own.length >= text.length * 0.6 ? own : text;
}
