/** A word, number or punctuation mark of the input with its UTF-16 offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Kind of token: letters, digits, or any other single character. */
  kind: 'word' | 'number' | 'punct';
}

// Abbreviations written with dots ("U.S.", "p.m."), words with inner apostrophes or hyphens
// ("al-Assad", "Putin’s", "COVID-19"), numbers with thousands separators or decimals, and any
// other single non-space character. Ordered so the longest reading wins.
const TOKEN =
  /(?:\p{L}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}\u00ad]*(?:['’-][\p{L}\p{M}\p{N}\u00ad]+)*|\p{N}+(?:[.,]\p{N}+)*|\S/gu;

/**
 * Splits text into tokens. Linear in the length of the text. A soft hyphen (U+00AD, put inside long
 * words for line breaking) stays inside its word and is left out of the token's text, so "Netan­yahu"
 * reads as "Netanyahu"; offsets still cover the word as written.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const written = match[0];
    const value = written.length > 1 && written.includes('\u00ad') ? written.replace(/\u00ad/g, '') : written;
    const start = match.index;
    const first = value.codePointAt(0) ?? 0;
    const kind = isDigit(first) ? 'number' : isLetter(value) ? 'word' : 'punct';
    tokens.push({ text: value, start, end: start + written.length, kind });
  }
  return tokens;
}

function isDigit(codePoint: number): boolean {
  return codePoint >= 48 && codePoint <= 57;
}

const LETTER = /^[\p{L}\p{M}]/u;
function isLetter(value: string): boolean {
  return LETTER.test(value);
}

/** True when nothing but spaces or tabs (no line break) separates offsets `from` and `to`. */
export function onlySpacesBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 160) return false;
  }
  return true;
}

const UPPER = /^\p{Lu}/u;
/** True when the token starts with a capital letter. */
export function isCapitalized(token: Token): boolean {
  return token.kind === 'word' && UPPER.test(token.text);
}

/** Splits a trailing possessive ("Putin’s", "Reyes'") off a word; returns the word's length without it. */
export function withoutPossessive(word: string): string {
  return word.replace(/['’]s$/u, '').replace(/(?<=s)['’]$/u, '');
}

/** The token's text in lower case, or "" when there is no token. */
export function lower(token: Token | undefined): string {
  return token ? token.text.toLowerCase() : '';
}

/** True when two tokens touch, with nothing between them. */
export function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && a.end === b.start;
}

/** Only one space (or none) between two tokens, and no line break. */
export function near(text: string, a: Token | undefined, b: Token | undefined): boolean {
  if (!a || !b) return false;
  const gap = b.start - a.end;
  return gap === 0 || (gap === 1 && (text[a.end] === ' ' || text[a.end] === '\u00a0'));
}

const SENTENCE_END = new Set(['.', '!', '?', '…']);
/** True when token `i` opens a sentence, a quote, a parenthesis or a clause after a dash or colon. */
export function startsSentence(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || SENTENCE_END.has(prev.text) || /^[“"‘'(—–:|]$/.test(prev.text);
}
