import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gainAfter } from './detect-features';
import {
  AGENCY,
  hasPressWords,
  isOwnNewsPath,
  isPressRelease,
  LANGUAGE_FOLDER,
  selfMentions,
  siteNames,
} from './own-news';

describe("an organisation's own news", () => {
  it('tells a press release from a report that cites one', () => {
    expect(
      isPressRelease('Pressemitteilung vom 2. Januar 2022. Das Ministerium setzt die Prämie fort.'),
    ).toBe(true);
    expect(isPressRelease('The company opened a plant.\nMedia contact: Jane Roe, press office')).toBe(true);
    // A report cites a release further in.
    const report = `${'The minister said on Tuesday the plan would go ahead. '.repeat(8)}In a press release, the ministry added details.`;
    expect(isPressRelease(report)).toBe(false);
  });

  it('knows the folders organisations keep their news in, not an outlet’s sections', () => {
    expect(isOwnNewsPath('/de/aktuelles/presseinformationen/detail/x')).toBe(true);
    expect(isOwnNewsPath('/en/newsroom/2021/plant-opens')).toBe(true);
    expect(isOwnNewsPath('/politik/ausland/wahl-in-italien-100.html')).toBe(false);
    expect(isOwnNewsPath('/pressefreiheit-in-gefahr')).toBe(false);
  });

  it('reads agency credits', () => {
    expect(AGENCY.test('Bogotá (dpa) - Gebrochene Rippen')).toBe(true);
    expect(AGENCY.test('LONDON (Reuters) - Shares fell')).toBe(true);
    expect(AGENCY.test('Wir haben die App aktualisiert, damit sie schneller startet.')).toBe(false);
  });

  it("counts how often the story names its own site, by the site's declared name and its host", () => {
    expect(siteNames('GdP – Gewerkschaft der Polizei', '.www.gdp.de')).toEqual([
      'gdp',
      'gewerkschaft',
      'polizei',
    ]);
    expect(siteNames('', '.www.example.co.uk')).toEqual(['example']);
    const own = 'Die GdP fordert mehr Personal. Der GdP-Vorsitzende sagte, die GdP werde nicht nachgeben.';
    expect(selfMentions(own, siteNames('GdP', '.www.gdp.de'))).toBe(3);
    expect(selfMentions('Die Gewerkschaften fordern mehr Personal.', ['gdp'])).toBe(0);
    expect(selfMentions('anything', [])).toBe(0);
  });
});

describe('what the signals left to read can add', () => {
  it('sums the positive weights of later stages, the larger of two that exclude each other, rated ones only with a story', () => {
    const weights = { newsType: 3, dateline: 1, reporting: 2, sections: 2, someSections: 1, teasers: -3 };
    expect(gainAfter('meta', weights, true)).toBe(1 + 2 + 2);
    expect(gainAfter('meta', weights, false)).toBe(1 + 2);
    expect(gainAfter('story', weights, true)).toBe(2);
    expect(gainAfter('links', weights, true)).toBe(0);
  });
});

describe('press words', () => {
  // The pattern the string search replaces, as the reference for what it must find.
  const PRESS_WORDS =
    /presse(?:mitteilung|meldung|information|erklärung|kontakt|stelle)|medien(?:mitteilung|information|kontakt)|press(?: |-)?(?:release|contact)|news release|media contact|communiqué de presse|comunicado de prensa|nota de prensa/i;

  it('finds "press release" and its kin in any case, as the pattern did', () => {
    expect(hasPressWords('PRESSEMITTEILUNG: Neue Halle')).toBe(true);
    expect(hasPressWords('/presse/pressreleases/2021')).toBe(true);
    expect(hasPressWords('Communiqué de presse')).toBe(true);
    expect(hasPressWords('COMMUNIQUÉ DE PRESSE')).toBe(true);
    expect(hasPressWords('Pressefreiheit in Gefahr')).toBe(false);
    expect(hasPressWords('The press was told of a release')).toBe(false);
  });

  it('agrees with the pattern on any text made of its pieces', () => {
    const pieces = fc.constantFrom(
      ...'presse press Press PRESSE medien news media release Release contact kontakt KONTAKT mitteilung erklärung ERKLÄRUNG stelle information communiqué COMMUNIQUÉ de presse comunicado prensa nota x'.split(
        ' ',
      ),
      ' ',
      '-',
      '',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(hasPressWords(text), text).toBe(PRESS_WORDS.test(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("a language's folder first in a path", () => {
  // The case-insensitive pattern it replaces, as the reference for what it must find.
  const CASELESS = /(?:^|\s)\/[a-z]{2}(?:[-_][a-z]{2})?\//i;

  it('finds "/de/", "/en-gb/" and "/pt_BR/" first in a path, in any case', () => {
    expect(LANGUAGE_FOLDER.test('/de/aktuelles /EN-gb/news')).toBe(true);
    expect(LANGUAGE_FOLDER.test('/x /pt_BR/noticias')).toBe(true);
    expect(LANGUAGE_FOLDER.test('/news/de/x')).toBe(false);
  });

  it('agrees with the case-insensitive pattern on any text made of its pieces', () => {
    // Letters outside ASCII that a case-insensitive pattern could take for ASCII ones (the Kelvin
    // sign, long s, dotless and dotted i), and spaces of other scripts.
    const pieces = fc.constantFrom(
      ...'/ - _ . x de EN pt BR gb a 1 é /de/ /EN-gb/ /pt_BR/ /d/ /deu/ /de- /d1/ /dé/'.split(' '),
      ...['\u212a', 'ſ', 'ı', 'İ', 'ß', ' ', '\t', '\u00a0', '\u3000', '\u2028'],
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 10 }), (parts) => {
        const text = parts.join('');
        expect(LANGUAGE_FOLDER.test(text), JSON.stringify(text)).toBe(CASELESS.test(text));
      }),
      { numRuns: 8000 },
    );
  });
});
