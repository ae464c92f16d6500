/**
 * String steps that stand in for the case-insensitive patterns detection runs on every page's title
 * and site name. In a new renderer, a pattern compiles at its first use, and a case-insensitive one
 * costs most (0.1-0.2 ms each in node, against 0.02-0.04 ms for a short one that minds case); these
 * steps give the same answers as the patterns they replace (property tests in `page-data-words.test.ts`).
 */

/** A test of a text, called as a pattern's `test` is. */
export interface TextTest {
  test(text: string): boolean;
}

/** An ASCII digit (a pattern's `\d`). */
const isDigit = (c: string | undefined) => !!c && c >= '0' && c <= '9';

/** A word character of a pattern's `\b`: an ASCII letter or digit, or "_". */
const isWordChar = (c: string | undefined) =>
  !!c && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c === '_');

/** White space (a pattern's `\s`: `trim` takes off the same characters). */
const isSpace = (c: string | undefined) => !!c && !c.trim();

/** How many digits `text` has from `at` on. */
function digitsAt(text: string, at: number): number {
  let end = at;
  while (isDigit(text[end])) end++;
  return end - at;
}

/**
 * True when `text` has `word` (lower case) at `at`, each letter in either case, as a case-insensitive
 * pattern matches it: "É" for "é", but neither "K" (the Kelvin sign) for "k" nor "ſ" for "s".
 */
function sameWord(text: string, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++)
    if (text[at + i] !== word[i] && text[at + i] !== word[i].toUpperCase()) return false;
  return true;
}

/**
 * True when `text` holds one of `words` (parted by "|") in any case (the words in lower case), or
 * as they are spelled when `minding` case; as a whole word when `bounded` (no ASCII letter, digit or
 * "_" on either side, as a pattern's `\b`). In any case, found in the text in lower case, where each
 * character stays one ("İ" alone would grow), and checked in the text itself.
 */
export function hasWords(text: string, words: string, bounded: boolean, minding = false): boolean {
  const find = minding ? text : text.replaceAll('İ', 'I').toLowerCase();
  for (const word of words.split('|'))
    for (let at = find.indexOf(word); at >= 0; at = find.indexOf(word, at + 1))
      if (
        (minding || sameWord(text, at, word)) &&
        !(bounded && (isWordChar(text[at - 1]) || isWordChar(text[at + word.length])))
      )
        return true;
  return false;
}

// Agencies' names, as they are spelled in a credit: anywhere ("dpa/", "Quelle: Reuters"), and the
// others only first in brackets ("(afp)", "(red)").
const AGENCIES = 'dpa|AFP|Reuters|KNA|epd|APA|SDA';
const BRACKETED_AGENCIES = 'afp|ap|AP|reuters|kna|sid|SID|dts|apa|sda|ats|ATS|EFE|efe|ANSA|UPI|ddp|dapd|red';

/**
 * An agency's credit: "Berlin (dpa) -", "(AFP)", "(ap/red)", "dpa/", "Quelle: Reuters". As
 * `/\((?:dpa|afp|AFP|ap|AP|Reuters|reuters|kna|KNA|epd|sid|SID|dts|apa|APA|sda|SDA|ats|ATS|EFE|efe|ANSA|UPI|ddp|dapd|red)\b[^)]{0,30}\)|\b(?:dpa|AFP|Reuters|KNA|epd|APA|SDA)\b/`.
 */
export const AGENCY: TextTest = {
  test(sample) {
    if (hasWords(sample, AGENCIES, true, true)) return true;
    for (let open = sample.indexOf('('); open >= 0; open = sample.indexOf('(', open + 1)) {
      const close = sample.indexOf(')', open);
      if (close < 0) return false;
      // The name, a whole word, and the bracket closed within 30 characters after it.
      for (const name of BRACKETED_AGENCIES.split('|')) {
        const end = open + 1 + name.length;
        if (sample.startsWith(name, open + 1) && !isWordChar(sample[end]) && close - end <= 30) return true;
      }
    }
    return false;
  },
};

const LIST_WORDS = 'tipps|tips|ratgeber|anleitung|so geht|checkliste|checklist|guide';

/**
 * Headlines of lists and guides rather than reports: "5 inspiring women", "The 10 best...", "10 Tipps
 * für...", "Tipps". As `/^\s*(?:die |the )?\d{1,3}\s+\S|\b(?:tipps|tips|ratgeber|anleitung|so geht|checkliste|checklist|guide)\b/i`.
 */
export const LIST_HEADLINE: TextTest = {
  test(title) {
    let text = title.trimStart();
    if (sameWord(text, 0, 'die ') || sameWord(text, 0, 'the ')) text = text.slice(4);
    const digits = digitsAt(text, 0);
    if (digits && digits <= 3 && isSpace(text[digits]) && text.slice(digits).trim()) return true;
    return hasWords(title, LIST_WORDS, true);
  },
};

/**
 * "News" in an outlet's name, or a newspaper's. As
 * `/\bnews\b|\bnoticias\b|\bnachrichten\b|\bactualités\b|\bzprávy\b|ニュース|新闻|新聞|\b(?:times|herald|tribune|gazette|chronicle|daily)\b/i`.
 */
export const NEWS_NAME: TextTest = {
  test: (name) =>
    hasWords(
      name,
      'news|noticias|nachrichten|actualités|zprávy|times|herald|tribune|gazette|chronicle|daily',
      true,
    ) || hasWords(name, 'ニュース|新闻|新聞', false),
};
