import { DOTTED_ABBREVIATIONS, HONORIFICS } from './roles';

/** Words a dot follows without ending the sentence ("Mr.", "Gen.", "Jan."), besides single letters ("U.S."). */
// prettier-ignore
const NO_STOP_AFTER = new Set([
  ...DOTTED_ABBREVIATIONS, ...HONORIFICS, 'no', 'vs', 'etc', 'approx', 'inc', 'ltd', 'co', 'corp', 'dept', 'est',
  'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft',
]);

/** Longest sentence returned; a run-on "sentence" (a list, a table) is cut around the mention. */
const MAX_SENTENCE = 400;

/** Whether the `.`, `!` or `?` at `at` ends a sentence: a space and a capital, quote or digit follow. */
function endsSentence(text: string, at: number): boolean {
  let next = at + 1;
  while (next < text.length && /["'”’)\]]/.test(text[next])) next++;
  if (next >= text.length) return true;
  if (!/\s/.test(text[next])) return false;
  while (next < text.length && /[ \t\u00a0]/.test(text[next])) next++;
  if (next >= text.length || text[next] === '\n') return true;
  if (!/[\p{Lu}\p{N}"'“‘(]/u.test(text[next])) return false;
  if (text[at] !== '.') return true;
  // The word before the dot: an initial ("J.") or a dotted or known abbreviation ("U.S.", "Gen.") does not end one.
  const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, at - 12), at))?.[0] ?? '';
  if (word === '') return true;
  if (word.length === 1 || word.includes('.')) return false;
  return !NO_STOP_AFTER.has(word.toLowerCase());
}

/**
 * Where the sentence `back` sentences before the one holding `at` starts (0: that sentence's own
 * start); a line break ends a sentence. Reads at most `limit` characters back.
 */
export function sentenceStartBefore(text: string, at: number, back: number, limit = 1200): number {
  const lower = Math.max(0, at - limit);
  let from = at;
  for (let n = 0; n <= back; n++) {
    if (n > 0) {
      // Step over the break that ended the sentence before: its mark and the space after it.
      while (from > lower && /\s/.test(text[from - 1])) from--;
      while (from > lower && /["'”’)\]]/.test(text[from - 1])) from--;
      if (from > lower && /[.!?]/.test(text[from - 1])) from--;
    }
    while (from > lower) {
      const c = text[from - 1];
      if (c === '\n') break;
      if ((c === '.' || c === '!' || c === '?') && endsSentence(text, from - 1)) break;
      from--;
    }
  }
  return from;
}

/**
 * The sentence of `text` around the span [start, end), trimmed; a line break always ends a sentence.
 * Pure and linear in the sentence's length, so it can run on a page's text as well as on a source.
 */
export function sentenceAround(text: string, start: number, end: number = start): string {
  const from = sentenceStartBefore(text, start, 0, MAX_SENTENCE);
  const upper = Math.min(text.length, end + MAX_SENTENCE);
  let to = Math.max(end, start);
  while (to < upper) {
    const c = text[to];
    if (c === '\n') break;
    to++;
    if ((c === '.' || c === '!' || c === '?') && endsSentence(text, to - 1)) {
      while (to < text.length && /["'”’)\]]/.test(text[to])) to++;
      break;
    }
  }
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}
