/**
 * What tells an organisation's own news (a company's, ministry's, party's, federation's or
 * university's announcements) from an outlet's report, and an agency's report from anything else:
 * the words press releases carry, the folders organisations keep them in, and agency credits.
 */

import { hasFolder } from './page-data';

// "Press release", its kin and the press-contact block under one, in the languages met, lower case.
// (Searched for as strings: every page's title and address are, and in a new renderer compiling a
// pattern of alternatives costs more than the search.)
const PRESS_PHRASES =
  'pressemitteilung|pressemeldung|presseinformation|presseerklärung|pressekontakt|pressestelle|medienmitteilung|medieninformation|medienkontakt|press release|press-release|pressrelease|press contact|press-contact|presscontact|news release|media contact|communiqué de presse|comunicado de prensa|nota de prensa';

/** True when `text` says "press release" or one of its kin, in any case. */
export function hasPressWords(text: string): boolean {
  const lower = text.toLowerCase();
  return PRESS_PHRASES.split('|').some((phrase) => lower.includes(phrase));
}

// A press contact block, or a release's own label at the story's start: the page is the release
// (a report cites one with "in a press release", further in).
const PRESS_CONTACT =
  /presse(?:kontakt|stelle)|medienkontakt|press contact|media contact|(?:^|\n)\s*(?:presse(?:mitteilung|information)|medienmitteilung|press release)\b/i;

/** True when the story's opening or a press-contact block shows the page is itself a press release. */
export function isPressRelease(sample: string): boolean {
  return PRESS_CONTACT.test(sample) || hasPressWords(sample.slice(0, 300));
}

// Folders that organisations keep their own news in: "/aktuelles/", "/presse/", "/newsroom/".
// (Outlets file stories under sections, dates and ids.)
const OWN_NEWS_FOLDERS =
  ' aktuelles presse pressemitteilungen presseinformationen pressemeldungen press press-release press-releases pressreleases newsroom medienmitteilungen mitteilungen neuigkeiten media-centre media-center ';
/** True when the page's paths hold a folder organisations keep their own news in. */
export const isOwnNewsPath = (paths: string) => hasFolder(paths, OWN_NEWS_FOLDERS, '/.?#', true);

// A language folder first in the path ("/de/", "/en-gb/"): sites that publish in several languages,
// companies' and institutions' far more often than outlets'. Both cases spelled out rather than the
// `i` flag: every page runs it, and in a new renderer Chromium compiles `[a-z]{2}` under `i` four
// times slower (0.155 against 0.04 ms).
export const LANGUAGE_FOLDER = /(?:^|\s)\/[a-zA-Z]{2}(?:[-_][a-zA-Z]{2})?\//;

// An agency's credit: "Berlin (dpa) -", "(AFP)", "dpa/", "Quelle: Reuters".
export const AGENCY =
  /\((?:dpa|afp|AFP|ap|AP|Reuters|reuters|kna|KNA|epd|sid|SID|dts|apa|APA|sda|SDA|ats|ATS|EFE|efe|ANSA|UPI|ddp|dapd|red)\b[^)]{0,30}\)|\b(?:dpa|AFP|Reuters|KNA|epd|APA|SDA)\b/;

// Headlines of lists and guides rather than reports: "5 inspiring women", "10 Tipps für...", "Tipps".
export const LIST_HEADLINE =
  /^\s*(?:die |the )?\d{1,3}\s+\S|\b(?:tipps|tips|ratgeber|anleitung|so geht|checkliste|checklist|guide)\b/i;

// Words of a site's name that say nothing of who it is.
const NAME_FILLER = new Set(
  'the and und der die das des for für von www com org net news online magazin magazine zeitung blog home start startseite'.split(
    ' ',
  ),
);

/** True for a letter of any script or a digit. (A comparison, not a Unicode pattern: cheaper to start.) */
const isWordChar = (c: string | undefined) =>
  !!c && (c.toLowerCase() !== c.toUpperCase() || (c >= '0' && c <= '9'));

/** The words of a text, lower case: runs of letters and digits. */
function words(text: string): string[] {
  const found: string[] = [];
  let word = '';
  for (const c of text.toLowerCase()) {
    if (isWordChar(c)) word += c;
    else if (word) {
      found.push(word);
      word = '';
    }
  }
  if (word) found.push(word);
  return found;
}

/**
 * The names a site goes by: the words of its declared name (og:site_name, application-name) and the
 * name in its host ("gdp" of www.gdp.de), lower case, three letters or more.
 */
export function siteNames(siteName: string, host: string): string[] {
  const labels = host.split('.').filter(Boolean);
  // The label before the top-level one, or before a country's second level ("example.co.uk").
  let own = labels[labels.length - 2] ?? '';
  if (own.length <= 3 && labels.length >= 3 && labels[labels.length - 1].length === 2)
    own = labels[labels.length - 3];
  return [
    ...new Set(words(`${siteName} ${own}`).filter((word) => word.length >= 3 && !NAME_FILLER.has(word))),
  ];
}

/**
 * How often the story names the site that publishes it, as a whole word: an organisation's own news
 * is about the organisation ("the federation", by its name, again and again); an outlet's report
 * seldom names the outlet. (String steps: no pattern to compile for each page's names.)
 */
export function selfMentions(sample: string, names: readonly string[]): number {
  if (!names.length) return 0;
  const text = sample.toLowerCase();
  let count = 0;
  for (const name of names)
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length))
      if (!isWordChar(text[at - 1]) && !isWordChar(text[at + name.length])) count++;
  return count;
}
