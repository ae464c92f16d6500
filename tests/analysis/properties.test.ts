/**
 * Properties of the analysis for any input, checked with fast-check: it never throws, every mention
 * and every highlight span lies inside the text and slices to its own text, and mentions of one kind
 * never overlap, nor do leader (or person) and claim spans. Inputs are arbitrary strings (any UTF-16, lone surrogates too) and text built from
 * the words news is made of, where the analysis has the most to find.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis/index';
import { highlightSpans, type HighlightSpan } from '../../analysis/highlights';
import { assertInvariants } from './helpers';

const TITLES = [
  'President',
  'Prime Minister',
  'Finance Minister',
  'Minister',
  'Supreme Leader',
  'Governor',
  'Chancellor',
  'CEO',
  'Mayor',
  'King',
  'Vice President',
  'former President',
  'Russian President',
];
const NAMES = [
  'Jane Doe',
  'Omar Haddad',
  'Lena Berg',
  'Maria Lopez',
  'Vladimir Putin',
  'Putin',
  'Ali Khamenei',
  'Zoë Ber',
  'Jose\u0301 Marti\u0301',
  "O'Neill",
  'Jean-Luc Picard',
  'Xi',
  'Doe',
];
const NUMBERS = [
  '4.1',
  '12,000',
  '3',
  '2.5',
  '1,000,000',
  '40',
  '0.5',
  '7.2',
  '1990',
  '2024',
  'two',
  'fifty',
  '-3',
  '1e6',
];
const SCALES = ['million', 'billion', 'thousand', 'trillion', 'percent', 'per cent', '%', 'm', 'bn', 'k'];
const UNITS = [
  'people',
  'tonnes',
  'tons',
  'households',
  'soldiers',
  'km',
  'years',
  'barrels',
  'dollars',
  'points',
];
const CURRENCIES = ['$', '€', '£', 'US$', '¥'];
const GLUE = [
  'said',
  'that',
  'the',
  'of',
  'at least',
  'about',
  'nearly',
  'more than',
  'and',
  'in',
  'on Tuesday',
  'told reporters',
  'according to',
  'up to',
  'as many as',
  'a',
  'spokesperson',
  'officials',
  // Partitives and possessives, where a claim could reach into a name ("three of Doe’s aides").
  'of the',
  "'s",
  '’s aides',
  'several',
  'dozens of',
  'between',
  'or',
  'to',
];
const MARKS = [
  '.',
  ',',
  ';',
  ':',
  '—',
  '–',
  '-',
  '(',
  ')',
  '“',
  '”',
  '"',
  "'",
  '’',
  '?',
  '!',
  '\n\n',
  '…',
  '/',
];
const UNICODE = [
  '👩‍👩‍👧',
  '🇺🇳',
  '👍🏽',
  '\u0301',
  '\u200D',
  '\u200C',
  '\u202E',
  '\u00A0',
  'قال الرئيس',
  'ראש הממשלה',
  '北京',
  '𝐏𝐫𝐞𝐬𝐢𝐝𝐞𝐧𝐭',
  '\uD800',
  '\uDC00',
];

/** One piece of news-like text. */
const token = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TITLES) },
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 4, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 2, arbitrary: fc.constantFrom(...SCALES) },
  { weight: 3, arbitrary: fc.constantFrom(...UNITS) },
  { weight: 1, arbitrary: fc.constantFrom(...CURRENCIES) },
  { weight: 4, arbitrary: fc.constantFrom(...GLUE) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 1, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);

/** What goes between two pieces: mostly a space, sometimes nothing or other white space. */
const gap = fc.constantFrom(' ', ' ', ' ', ' ', '', '\u00A0', '\n', '  ', '\t');

/** Text that reads like news: leaders' titles and names, numbers with scales and units, punctuation. */
const newsText = fc
  .array(fc.tuple(token, gap), { maxLength: 60 })
  .map((pieces) => pieces.map(([piece, space]) => piece + space).join(''));

/** A sentence the analysis surely finds something in, with news-like noise around it. */
const sentence = fc
  .tuple(
    newsText,
    fc.constantFrom(...TITLES),
    fc.constantFrom(...NAMES),
    fc.constantFrom(...NUMBERS),
    fc.constantFrom(...SCALES),
    fc.constantFrom(...UNITS),
    newsText,
  )
  .map(
    ([before, title, name, number, scale, unit, after]) =>
      `${before} ${title} ${name} said ${number} ${scale} ${unit} ${after}`,
  );

/** Any UTF-16 string: any code unit, lone surrogates included. */
const anyUtf16 = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
});

/** Every highlight span lies inside the text, slices to its own text, and does not overlap another of its kind. */
function assertSpans(text: string, spans: readonly HighlightSpan[]): void {
  const lastEnd = new Map<string, number>();
  for (const span of spans) {
    const where = `${span.kind} ${JSON.stringify(span.text)} [${span.start}, ${span.end})`;
    expect(Number.isInteger(span.start) && Number.isInteger(span.end), `${where}: integer offsets`).toBe(
      true,
    );
    expect(span.start >= 0 && span.end <= text.length, `${where}: inside the text`).toBe(true);
    expect(span.end, `${where}: not empty`).toBeGreaterThan(span.start);
    expect(text.slice(span.start, span.end), `${where}: slice equals text`).toBe(span.text);
    expect(span.key.length, `${where}: key`).toBeGreaterThan(0);
    // Spans come sorted by start: one that starts before the previous of its kind ended overlaps it.
    expect(span.start, `${where}: overlaps the previous ${span.kind}`).toBeGreaterThanOrEqual(
      lastEnd.get(span.kind) ?? 0,
    );
    lastEnd.set(span.kind, span.end);
  }
}

function check(text: string): void {
  const analysis = analyze(text);
  assertInvariants(text, analysis);
  assertSpans(text, highlightSpans(analysis));
}

// Hundreds of analyses per property: seconds on this shared 2-core machine, more under load (a CI run
// took 6.8 s for one), so the default 5 s limit would fail a correct run.
describe('analysis properties', { timeout: 60_000 }, () => {
  it('any string: never throws, mentions and spans inside the text, no overlap within a kind', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), check), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), check), { numRuns: 200 });
    // A number ending the text, then a sign where its unit would be (a lone surrogate, a slash):
    // once gave a claim ending past the end of the text.
    fc.assert(fc.property(anyUtf16, check), { numRuns: 200, examples: [['4.1 \udc00'], ['5 +']] });
  });

  it('news-like text: the same, where there is most to find', () => {
    fc.assert(fc.property(newsText, check), { numRuns: 400 });
  });

  it('sentences with a leader and a claim: the same, and something is found', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        check(text);
        const spans = highlightSpans(analyze(text));
        expect(spans.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('long news-like text of many paragraphs: the same', () => {
    const article = fc
      .array(sentence, { minLength: 5, maxLength: 40 })
      .map((paragraphs) => paragraphs.join('\n\n'));
    fc.assert(fc.property(article, check), { numRuns: 30 });
  });
});
