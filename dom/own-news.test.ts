import { describe, expect, it } from 'vitest';
import { gainAfter } from './detect-features';
import { AGENCY, isPressRelease, OWN_NEWS_FOLDER, selfMentions, siteNames } from './own-news';

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
    expect(OWN_NEWS_FOLDER.test('/de/aktuelles/presseinformationen/detail/x')).toBe(true);
    expect(OWN_NEWS_FOLDER.test('/en/newsroom/2021/plant-opens')).toBe(true);
    expect(OWN_NEWS_FOLDER.test('/politik/ausland/wahl-in-italien-100.html')).toBe(false);
    expect(OWN_NEWS_FOLDER.test('/pressefreiheit-in-gefahr')).toBe(false);
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
