/** What a page says about itself (meta tags, structured data, its address) and who publishes it (its links). */

/** What the page says about itself in elements made for it: meta tags, JSON-LD, a canonical link. */
export interface PageData {
  /**
   * The meta tags detection reads (`META_KEYS`), by lower-cased property, name, itemprop or
   * http-equiv; the first non-empty value wins. The others (viewport, twitter:*...) are skipped.
   */
  metas: Map<string, string>;
  /** The page's JSON-LD as one string to search: @graph arrays and nested objects included. */
  jsonLd: string;
  /** The last canonical link's address, or "". */
  canonical: string;
}

// All of it, found by the browser in one walk of the page: the page's other elements, its scripts
// (often dozens) and links are never touched from JavaScript.
const PAGE_DATA = 'meta[content], script[type="application/ld+json" i], link[rel="canonical" i]';

/** The page's meta tags, JSON-LD (20,000 characters per script, 60,000 in all) and canonical address. */
export function readPageData(doc: Document): PageData {
  const metas = new Map<string, string>();
  let jsonLd = '';
  let canonical = '';
  for (const element of doc.querySelectorAll(PAGE_DATA)) {
    // (localName: lower case in XHTML documents too, where tagName keeps the source's case.)
    const tag = element.localName;
    if (tag === 'meta') {
      const key = (
        element.getAttribute('property') ||
        element.getAttribute('name') ||
        element.getAttribute('itemprop') ||
        element.getAttribute('http-equiv') ||
        ''
      ).toLowerCase();
      if (!META_KEYS.has(key) || metas.has(key)) continue;
      const content = element.getAttribute('content')?.trim();
      if (content) metas.set(key, content);
    } else if (tag === 'link') canonical = element.getAttribute('href') ?? '';
    else if (jsonLd.length <= 60000) jsonLd += (element.textContent ?? '').slice(0, 20000);
  }
  return { metas, jsonLd, canonical };
}

// One "@type" and its value: a name, or an array of them.
const TYPE_ENTRY = /"@type"\s*:\s*(?:\[([^\]]*)|("[^"]*"))/g;

/**
 * The schema.org type names a JSON-LD text gives ("NewsArticle", "WebSite"...), without schema.org's
 * address. `any` then tells the kinds apart: one short pattern runs over the text, rather than
 * one long pattern per kind (in a new renderer, compiling a pattern costs more than the search).
 */
export function typeNames(jsonLd: string): Set<string> {
  const names = new Set<string>();
  if (!jsonLd.includes('"@type"')) return names;
  for (const [, list, single] of jsonLd.matchAll(TYPE_ENTRY)) {
    // The names are the quoted strings: every other piece between quotes.
    const pieces = (list ?? single).split('"');
    for (let i = 1; i < pieces.length; i += 2) {
      const name = pieces[i];
      names.add(
        name.startsWith('https://schema.org/')
          ? name.slice(19)
          : name.startsWith('http://schema.org/')
            ? name.slice(18)
            : name,
      );
    }
  }
  return names;
}

/** Microdata types on the story's container and its ancestors, added to `names`. */
export function microdataTypes(container: Element | null, doc: Document, names: Set<string>): Set<string> {
  const note = (element: Element) => {
    const type = element.getAttribute('itemtype');
    if (type) names.add(type.slice(type.lastIndexOf('/') + 1));
  };
  for (let e = container; e; e = e.parentElement) note(e);
  if (!container && doc.body) note(doc.body);
  return names;
}

/** What a schema.org type says about a page. */
export type TypeKind = 'news' | 'article' | 'blog' | 'howTo' | 'page' | 'publisher';

/**
 * The schema.org type names of each kind, each between spaces. (Strings rather than a switch or sets:
 * the smallest code for the probe to compile, nothing for a page to set up, and most pages give no
 * types at all.)
 */
const TYPE_KINDS: Record<TypeKind, string> = {
  // News and its kin: schema.org's NewsArticle and its subtypes, and live blogs of news events.
  news: ' NewsArticle AnalysisNewsArticle BackgroundNewsArticle OpinionNewsArticle ReportageNewsArticle ReviewNewsArticle LiveBlogPosting ',
  article: ' Article Report ',
  // Blogs (WordPress themes mark news posts as BlogPosting too, so it weighs little).
  blog: ' BlogPosting Blog SocialMediaPosting DiscussionForumPosting ',
  // How-tos and documentation.
  howTo: ' TechArticle HowTo Recipe QAPage FAQPage ',
  // Pages that are not one story: home and section fronts, shops, profiles, search results.
  page: ' CollectionPage ItemList Product ProfilePage SearchResultsPage ',
  // An outlet that says it is one.
  publisher: ' NewsMediaOrganization ',
};

/** True when one of `names` is of `kind`. */
export function any(names: Set<string>, kind: TypeKind): boolean {
  const kinds = TYPE_KINDS[kind];
  for (const name of names)
    if (
      (!name.includes(' ') && kinds.includes(` ${name} `)) ||
      // NewsArticle's other subtypes: AskPublicNewsArticle and its like.
      (kind === 'news' &&
        name.startsWith('Ask') &&
        name.endsWith('NewsArticle') &&
        /^[A-Za-z]*$/.test(name.slice(3, -11)))
    )
      return true;
  return false;
}

export const DATE_META = [
  'article:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish_date',
  'publish-date',
  'published_at',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'og:published_time',
];

/** Every meta tag detection reads. */
export const META_KEYS = new Set([
  ...DATE_META,
  'og:type',
  'og:title',
  'og:url',
  'og:site_name',
  'og:locale',
  'application-name',
  'publisher',
  'generator',
  'author',
  'article:author',
  'article:section',
  'news_keywords',
  'content-language',
  'language',
]);

/**
 * True when a folder of `paths` (what follows a "/", up to the first of `ends`, or to the end of the
 * last path when `atEnd`) is one of `names` (lower case, each between spaces). String steps rather
 * than a pattern of alternatives: every page reads its address, and in a new renderer compiling a
 * pattern costs more than the search.
 */
export function hasFolder(paths: string, names: string, ends: string, atEnd: boolean): boolean {
  const lower = paths.toLowerCase();
  for (let at = lower.indexOf('/'); at >= 0; at = lower.indexOf('/', at + 1)) {
    let end = at + 1;
    while (end < lower.length && !ends.includes(lower[end])) end++;
    const name = lower.slice(at + 1, end);
    if ((end < lower.length || atEnd) && name && !name.includes(' ') && names.includes(` ${name} `))
      return true;
  }
  return false;
}

// Paths of news sites: sections and story folders (in a few languages), dates, and long numeric
// story ids ("/politics/", "/2016/07/30/", "-20190520/", "-2596987.html"), apart: organisations
// keep their news in "/news/" folders too, but rarely under dates and long ids.
const NEWS_FOLDERS =
  ' news politics world business story stories article articles nation local opinion economy noticia noticias nachrichten meldung actualite actualites zpravy xinwen ';
/** A news section's or story folder's name followed by "/" or "-" ("/politics/", "/news-"). */
export const isNewsPath = (paths: string) => hasFolder(paths, NEWS_FOLDERS, '/-', false);
export const DATED_PATH = /\/(?:19|20)\d\d\/[01]?\d\/|[/_-](?:19|20)\d\d[01]\d[0-3]\d(?:[/_.-]|$)/;
export const ID_PATH = /[/_-]\d{6,}(?:[/._-]|$)/;
// Paths of everything else that reads like an article.
const NOT_NEWS_FOLDERS =
  ' doc docs documentation wiki blog blogs forum forums help support shop product products tutorial tutorials howto how-to guide guides recipe recipes tag tags category search ';
/** A folder of what is not news, whole ("/docs/", "/recipes.html", "/shop?id=1", "/wiki"). */
export const isNotNewsPath = (paths: string) => hasFolder(paths, NOT_NEWS_FOLDERS, '/.?#', true);

// Hosts of blogging platforms: a story there is someone's blog post, however it is marked up.
// (Not Medium: magazines publish there too.)
const BLOG_HOSTS = [
  '.wordpress.com',
  '.blogspot.com',
  '.blogspot.de',
  '.tumblr.com',
  '.substack.com',
  '.hypotheses.org',
  '.wixsite.com',
  '.over-blog.com',
  '.livejournal.com',
  '.typepad.com',
];
// Hosts of institutions (universities, governments, ministries): their news is their own
// announcements. Second-level names under a country ("ac.uk", "gov.au") and whole domains.
const INSTITUTION_LABELS = new Set(['edu', 'gov', 'mil', 'ac', 'gv', 'gob', 'gouv']);
const INSTITUTION_HOSTS = ['.admin.ch', '.bund.de'];

/** The host of an address, lower case, or "" when it has none. (String steps: no pattern to compile.) */
export function hostOf(address: string): string {
  const scheme = address.indexOf('://');
  if (scheme <= 0) return '';
  const start = scheme + 3;
  let end = start;
  while (end < address.length && !'/?#:'.includes(address[end])) end++;
  return `.${address.slice(start, end).toLowerCase()}`;
}

/** What kind of site the host says it is: a blogging platform's, an institution's, or neither (""). */
export function hostKind(host: string): 'blog' | 'institution' | '' {
  if (!host) return '';
  if (BLOG_HOSTS.some((suffix) => host.endsWith(suffix))) return 'blog';
  if (INSTITUTION_HOSTS.some((suffix) => host.endsWith(suffix))) return 'institution';
  const labels = host.split('.');
  // The top-level name ("edu", "gov") or the one under a country's ("gov.uk", "ac.jp", "gv.at").
  const last = labels[labels.length - 1];
  const second = labels[labels.length - 2];
  return INSTITUTION_LABELS.has(last) || (last.length === 2 && INSTITUTION_LABELS.has(second))
    ? 'institution'
    : '';
}

/** What follows an address's scheme and host: its path and query ("/world/story?id=1"). */
function pathOf(address: string): string {
  const scheme = address.indexOf('://');
  if (scheme <= 0) return address;
  for (let i = 0; i < scheme; i++) {
    const letter = address.charCodeAt(i) | 0x20;
    if (letter < 0x61 || letter > 0x7a) return address;
  }
  const path = address.indexOf('/', scheme + 3);
  return path < 0 ? '' : address.slice(path);
}

/** The page's paths (and queries), from its address, canonical link and og:url. */
export function pagePaths(url: string, canonical: string, metas: Map<string, string>): string {
  return [url, canonical, metas.get('og:url') ?? ''].map(pathOf).join(' ');
}

// ---------------------------------------------------------------------------------------------
// Who publishes it: news outlets link to their sections from every page and say "news" in their name.

// Section names that news sites link to, in the languages the analysis meets, each between spaces.
// The first list is what only news sites have (world, politics, opinion, sport); the second, what
// magazines and how-to sites share with them (tech, health, travel).
const HARD_NEWS_SECTIONS =
  ' news world politics opinion opinions sport sports national international nation local u.s. us uk ' +
  'europe asia africa crime elections economy obituaries editorials columnists weather ' +
  'monde politique économie société idées débats ' +
  'internacional política economía deportes esportes sociedad opinión opinião mundo ' +
  'politik wirtschaft ausland inland meinung panorama ' +
  'domácí zahraničí ekonomika názory zprávy politika ' +
  '新闻 国内 国际 时政 体育 军事 社会 财经 國際 體育 財經 国際 経済 政治 スポーツ 地域 ';
const OTHER_NEWS_SECTIONS =
  ' business markets money tech technology science health entertainment culture arts lifestyle ' +
  'travel education environment climate media celebrity planète sciences ciencia ciência ' +
  'tecnología tecnologia espectáculos cultura mercado kultur wissen gesundheit kultura ' +
  '娱乐 科技 教育 文化 汽车 房产 评论 エンタメ ';
// What else a site's links name, each between "|"s. An organisation's: who it is, joining it, giving
// to it, working for it. An outlet's: subscriptions, the paper, its readers' pages, its regional and
// miscellany desks.
const ORGANISATION_LINKS =
  '|über uns|ueber uns|wir über uns|about us|about|mitglied werden|mitglieder|mitgliedschaft|spenden|jetzt spenden|donate|' +
  'karriere|careers|jobs|stellenangebote|vorstand|geschäftsstelle|satzung|leitbild|ansprechpartner|unser team|our team|' +
  'veranstaltungen|termine|pressemitteilungen|presse|newsroom|investor relations|investoren|leistungen|unternehmen|downloads|';
const OUTLET_LINKS =
  '|abo|abos|abonnieren|abonnement|digitalabo|digital-abo|e-paper|epaper|zeitung|leserbriefe|traueranzeigen|anzeigen|' +
  'horoskop|wetter|lokales|regional|region|vermischtes|leute|mediathek|subscribe|subscription|e-edition|letters|' +
  'obituaries|crosswords|puzzles|newsletters|podcasts|';
/**
 * True when `name` is one of `names`, each between two `between`s. (A search of one string, not a
 * set: nothing to build on a page, and most pages that are not news never read their links.)
 */
const isOneOf = (name: string, names: string, between: string) =>
  !name.includes(between) && names.includes(between + name + between);
// Sites link to their sections from the top of every page: the first links are enough.
const MAX_LINKS = 120;
// "News" in an outlet's name, or a newspaper's.
export const NEWS_NAME =
  /\bnews\b|\bnoticias\b|\bnachrichten\b|\bactualités\b|\bzprávy\b|ニュース|新闻|新聞|\b(?:times|herald|tribune|gazette|chronicle|daily)\b/i;
// A link that names the author: rel="author", or "author" or "byline" in its class or its parent's.
const AUTHOR_LINK =
  'a[rel="author" i], a[class*="author" i], a[class*="byline" i], [class*="author" i] > a, [class*="byline" i] > a';

export interface Links {
  /** Distinct news section names among the page's short links. */
  sections: number;
  /** How many of them only news sites have. */
  hardSections: number;
  /** Distinct names of an organisation's pages ("Über uns", "Mitglied werden") and of an outlet's ("Abo", "E-Paper"). */
  organisation: number;
  outlet: number;
  /** A link offers to edit the page (wikis, documentation). */
  editable: boolean;
  /** A link names the author (rel="author", or inside a byline). */
  author: boolean;
}

/**
 * What the page's first links say: news sections, an offer to edit the page, and (when `findAuthor`)
 * a link to the author. Each link's text is read once; the author is found by a selector, so no
 * link's attributes or parent are touched from JavaScript.
 */
export function readLinks(doc: Document, findAuthor: boolean): Links {
  const seen = new Set<string>();
  const organisation = new Set<string>();
  const outlet = new Set<string>();
  const links: Links = {
    sections: 0,
    hardSections: 0,
    organisation: 0,
    outlet: 0,
    editable: false,
    author: false,
  };
  let count = 0;
  let last: Element | null = null;
  for (const link of doc.getElementsByTagName('a')) {
    if (++count > MAX_LINKS) break;
    last = link;
    const text = link.textContent ?? '';
    if (text.length > 80) continue;
    const words = text.trim().toLowerCase();
    if (words.length > 30) continue;
    if (isOneOf(words, HARD_NEWS_SECTIONS, ' ') || isOneOf(words, OTHER_NEWS_SECTIONS, ' ')) seen.add(words);
    else if (isOneOf(words, ORGANISATION_LINKS, '|')) organisation.add(words);
    else if (isOneOf(words, OUTLET_LINKS, '|')) outlet.add(words);
    else if (words === 'edit this page' || words === 'edit on github') links.editable = true;
  }
  links.sections = seen.size;
  links.organisation = organisation.size;
  links.outlet = outlet.size;
  for (const section of seen) if (isOneOf(section, HARD_NEWS_SECTIONS, ' ')) links.hardSections++;
  // The first author link counts when it is among the links read: at or before the last of them.
  const author = findAuthor && last ? doc.querySelector(AUTHOR_LINK) : null;
  links.author = !!author && (author === last || !!(author.compareDocumentPosition(last!) & 4));
  return links;
}
