import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_FOLDER } from './own-news';
import { AGENCY, hasWords, LIST_HEADLINE, NEWS_NAME, type TextTest } from './page-data-words';

// The patterns the string steps (and the language folder's pattern that minds case) replace, as the
// reference for what they must find.
const PATTERNS = {
  language: /(?:^|\s)\/[a-z]{2}(?:[-_][a-z]{2})?\//i,
  list: /^\s*(?:die |the )?\d{1,3}\s+\S|\b(?:tipps|tips|ratgeber|anleitung|so geht|checkliste|checklist|guide)\b/i,
  agency:
    /\((?:dpa|afp|AFP|ap|AP|Reuters|reuters|kna|KNA|epd|sid|SID|dts|apa|APA|sda|SDA|ats|ATS|EFE|efe|ANSA|UPI|ddp|dapd|red)\b[^)]{0,30}\)|\b(?:dpa|AFP|Reuters|KNA|epd|APA|SDA)\b/,
  newsName:
    /\bnews\b|\bnoticias\b|\bnachrichten\b|\bactualités\b|\bzprávy\b|ニュース|新闻|新聞|\b(?:times|herald|tribune|gazette|chronicle|daily)\b/i,
};

/** The same word in lower, upper and mixed case. */
const cases = (words: string) =>
  words.split(' ').flatMap((word) => [word, word.toUpperCase(), word[0].toUpperCase() + word.slice(1)]);

// Characters where a case-insensitive pattern and a lower-cased text part ways (the Kelvin sign, long s,
// dotted and dotless i), spaces of other scripts, and letters outside ASCII.
const ODD = ['\u212a', 'ſ', 'İ', 'ı', '\u00a0', '\u3000', '\u2028', 'é', 'É', 'á', 'Á', 'ß', 'ü', '_'];

/** Texts made of `pieces`, joined without anything between them. */
const texts = (pieces: string[]) =>
  fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((parts) => parts.join(''));

function agrees(test: TextTest, pattern: RegExp, pieces: string[]) {
  fc.assert(
    fc.property(texts(pieces), (text) => {
      expect(test.test(text), JSON.stringify(text)).toBe(pattern.test(text));
    }),
    { numRuns: 8000 },
  );
}

describe('string steps that stand in for patterns', () => {
  it("find a language's folder first in a path as the pattern did", () => {
    expect(LANGUAGE_FOLDER.test('/de/aktuelles /en-gb/news')).toBe(true);
    expect(LANGUAGE_FOLDER.test('/news/de/x')).toBe(false);
    agrees(LANGUAGE_FOLDER, PATTERNS.language, [
      ...'/ - _ . x de EN pt BR gb a 1 é /de/ /EN-gb/ /pt_BR/ /d/ /deu/ /de- /d1/ /dé/'.split(' '),
      ' ',
      '\t',
      ...ODD,
    ]);
  });

  it('find headlines of lists and guides as the pattern did', () => {
    expect(LIST_HEADLINE.test('  The 10 best walks')).toBe(true);
    expect(LIST_HEADLINE.test('10 Tipps für den Garten')).toBe(true);
    expect(LIST_HEADLINE.test('2024 was a year')).toBe(false);
    expect(LIST_HEADLINE.test('Guidelines for schools')).toBe(false);
    expect(LIST_HEADLINE.test('So geht es weiter')).toBe(true);
    agrees(LIST_HEADLINE, PATTERNS.list, [
      ...cases('tipps tips ratgeber anleitung so geht checkliste checklist guide die the'),
      ...'1 12 123 1234 0 x e s chec list tip ps gu ide'.split(' '),
      ' ',
      '  ',
      '\t',
      '-',
      ...ODD,
    ]);
  });

  it("find news in a site's name as the pattern did", () => {
    expect(NEWS_NAME.test('The Daily Example')).toBe(true);
    expect(NEWS_NAME.test('ACTUALITÉS du jour')).toBe(true);
    expect(NEWS_NAME.test('Newsletter Hub')).toBe(false);
    expect(NEWS_NAME.test('毎日ニュース')).toBe(true);
    agrees(NEWS_NAME, PATTERNS.newsName, [
      ...cases('news noticias nachrichten actualités zprávy times herald tribune gazette chronicle daily'),
      ...'ニュース 新闻 新聞 ニュ 新 x s 1 - ne ws ti mes chro nicle'.split(' '),
      'actualit',
      'zpr',
      ' ',
      ...ODD,
    ]);
  });

  it("find agencies' credits as the pattern did", () => {
    expect(AGENCY.test('Bogotá (dpa) - Gebrochene Rippen')).toBe(true);
    expect(AGENCY.test('Berlin (ap/red) - Der Minister')).toBe(true);
    expect(AGENCY.test('Die Agentur (dapd meldete gestern, dass es so war, und dann) -')).toBe(false);
    expect(AGENCY.test('The apa said (it) was fine')).toBe(false);
    expect(AGENCY.test(`(afp${'x'.repeat(30)})`)).toBe(false);
    expect(AGENCY.test(`(afp ${'x'.repeat(29)})`)).toBe(true);
    expect(AGENCY.test(`(afp ${'x'.repeat(30)})`)).toBe(false);
    agrees(AGENCY, PATTERNS.agency, [
      ...'dpa afp AFP ap AP Reuters reuters kna KNA epd sid SID dts apa APA sda SDA ats ATS EFE efe ANSA UPI ddp dapd red Afp Dpa'.split(
        ' ',
      ),
      ...'( ) (( )) / - x 1 _ : . é'.split(' '),
      ' ',
      'Berlin ',
      ' meldet heute aus der Hauptstadt ',
      // Up to the bracket's limit: 30 characters after the name.
      '/'.repeat(29),
      '/'.repeat(30),
      ...ODD,
    ]);
  });

  it('finds words in any case, whole or not', () => {
    expect(hasWords('A Press Release', 'press release', false)).toBe(true);
    expect(hasWords('pressreleases', 'press|release', true)).toBe(false);
    expect(hasWords('İpress', 'press', false)).toBe(true);
    expect(hasWords('\u212aey', 'key', false)).toBe(false);
  });
});
