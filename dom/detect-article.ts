/** Is this page a news article, and which elements hold the story? Cheap, read-only, no globals. */

import { INLINE_TAGS } from './text-index';

export interface ArticleDetection {
  isNews: boolean;
  /** 0..1: how strongly the page presents itself as a news article. */
  score: number;
  /** The page's language as declared or guessed ("en", "fr"...), or "" when unknown. */
  language: string;
  /** True when the analysis can read the article's language (English). */
  readable: boolean;
  /** The elements that hold the story: headline and body, without navigation, related links, comments. */
  body: Element[];
  /** The signals that counted, for the popup and for debugging. */
  signals: string[];
}

export interface DetectOptions {
  /** The page's address, when the document does not carry it (as in node). */
  url?: string;
}

// ---------------------------------------------------------------------------------------------
// Furniture: the parts of a page around the story (navigation, related links, comments, ads).

// Containers of page furniture, by the words sites use in their class names and ids. (A pattern: it
// runs on hundreds of names per page, several times faster than splitting each into words.)
const FURNITURE =
  /(?:^|[\s_-])(?:comments?|related|sidebar|side-bar|footer|foot|nav|navbar|menu|masthead|promo|share|sharing|social|newsletter|subscribe|advert|ads?|sponsor|widget|popular|most-read|trending|recommend|outbrain|taboola|breadcrumbs?|pagination|toolbar|cookie|banner|signup|teaser|rail|disqus|gallery|carousel|slideshow)(?:$|[\s_-])/i;
// Class names of the story's own containers: they outweigh a furniture word in the same name
// ("l-sidebar-fixed l-article-body-segment").
const CONTENT = /article|body|content|story|entry|main|text|post/i;
// Furniture wraps what it holds closely; a word far up the tree is a site-wide wrapper.
const FURNITURE_DEPTH = 5;

// Words for what is never the story, even in a name that also says "content" ("comment-content").
const NEVER_STORY = /(?:^|[\s_-])(?:comments?|disqus|outbrain|taboola)(?:$|[\s_-])/i;

/**
 * What one element is, by its own tag, role and names: furniture (navigation, comments, related
 * links...), the story's own box (an <article>, or <body> and <main> above everything), or neither (null).
 */
function boxKind(e: Element): 'furniture' | 'story' | null {
  const tag = e.tagName;
  if (tag === 'BODY' || tag === 'MAIN') return 'story';
  // Tags of furniture. (Comparisons rather than a set: a new page's script starts faster without it.)
  if (tag === 'NAV' || tag === 'ASIDE' || tag === 'FOOTER' || tag === 'FORM' || tag === 'MENU')
    return 'furniture';
  // Most paragraphs have no attributes: one call tells, rather than three.
  if (!e.hasAttributes()) return tag === 'ARTICLE' ? 'story' : null;
  const role = e.getAttribute('role');
  if (role === 'navigation' || role === 'complementary' || role === 'contentinfo') return 'furniture';
  const label = `${e.getAttribute('class') ?? ''} ${e.id}`;
  if (label.length > 1 && (NEVER_STORY.test(label) || (FURNITURE.test(label) && !CONTENT.test(label))))
    return 'furniture';
  // An <article> is the story's own container, unless its name says otherwise (comments).
  return tag === 'ARTICLE' ? 'story' : null;
}

/** True when the element or a near ancestor is page furniture (navigation, comments, related links...). */
export function isFurniture(element: Element): boolean {
  let depth = 0;
  for (let e: Element | null = element; e && depth < FURNITURE_DEPTH; e = e.parentElement, depth++) {
    const kind = boxKind(e);
    if (kind) return kind === 'furniture';
  }
  return false;
}

/**
 * True when this element itself is furniture. For walks that go down from the story's container:
 * its ancestors were already checked on the way, so only the element's own names matter.
 */
export function isFurnitureBox(element: Element): boolean {
  return boxKind(element) === 'furniture';
}

// ---------------------------------------------------------------------------------------------
// What the page says about itself: meta tags, structured data, its address.

/** What the page says about itself in elements made for it: meta tags, JSON-LD, a canonical link. */
interface PageData {
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
function readPageData(doc: Document): PageData {
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
 * address. `typeKind` then tells the kinds apart: one short pattern runs over the text, rather than
 * one long pattern per kind (in a new renderer, compiling a pattern costs more than the search).
 */
function typeNames(jsonLd: string): Set<string> {
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
function microdataTypes(container: Element | null, doc: Document, names: Set<string>): Set<string> {
  const note = (element: Element) => {
    const type = element.getAttribute('itemtype');
    if (type) names.add(type.slice(type.lastIndexOf('/') + 1));
  };
  for (let e = container; e; e = e.parentElement) note(e);
  if (!container && doc.body) note(doc.body);
  return names;
}

/** What a schema.org type says about a page. */
type TypeKind = 'news' | 'article' | 'blog' | 'howTo' | 'page' | 'publisher';

/**
 * The kind of one schema.org type name, or null. (A switch rather than sets of names: it costs a
 * page nothing to set up, and most pages give no types at all.)
 */
function typeKind(name: string): TypeKind | null {
  switch (name) {
    // News and its kin: schema.org's NewsArticle and its subtypes, and live blogs of news events.
    case 'NewsArticle':
    case 'AnalysisNewsArticle':
    case 'BackgroundNewsArticle':
    case 'OpinionNewsArticle':
    case 'ReportageNewsArticle':
    case 'ReviewNewsArticle':
    case 'LiveBlogPosting':
      return 'news';
    case 'Article':
    case 'Report':
      return 'article';
    // Blogs (WordPress themes mark news posts as BlogPosting too, so it weighs little).
    case 'BlogPosting':
    case 'Blog':
    case 'SocialMediaPosting':
    case 'DiscussionForumPosting':
      return 'blog';
    // How-tos and documentation.
    case 'TechArticle':
    case 'HowTo':
    case 'Recipe':
    case 'QAPage':
    case 'FAQPage':
      return 'howTo';
    // Pages that are not one story: home and section fronts, shops, profiles, search results.
    case 'CollectionPage':
    case 'ItemList':
    case 'Product':
    case 'ProfilePage':
    case 'SearchResultsPage':
      return 'page';
    // An outlet that says it is one.
    case 'NewsMediaOrganization':
      return 'publisher';
  }
  // NewsArticle's other subtypes: AskPublicNewsArticle and its like.
  return name.startsWith('Ask') && name.endsWith('NewsArticle') && /^[A-Za-z]*$/.test(name.slice(3, -11))
    ? 'news'
    : null;
}

/** True when one of `names` is of `kind`. */
function any(names: Set<string>, kind: TypeKind): boolean {
  for (const name of names) if (typeKind(name) === kind) return true;
  return false;
}

const DATE_META = [
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
const META_KEYS = new Set([
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

// Paths of news sites: sections and story folders (in a few languages), dates, and long numeric
// story ids ("/2016/07/30/", "-20190520/", "-2596987.html").
const NEWS_PATH =
  /\/(?:news|politics|world|business|story|stories|article|articles|nation|local|opinion|economy|noticias?|nachrichten|meldung|actualites?|zpravy|xinwen)[/-]|\/(?:19|20)\d\d\/[01]?\d\/|[/_-](?:19|20)\d\d[01]\d[0-3]\d(?:[/_.-]|$)|[/_-]\d{6,}(?:[/._-]|$)/i;
// Paths of everything else that reads like an article.
const NOT_NEWS_PATH =
  /\/(?:docs?|documentation|wiki|blogs?|forums?|help|support|shop|products?|tutorials?|howto|how-to|guides?|recipes?|tags?|category|search)(?:[/.?#]|$)/i;

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
function pagePaths(url: string, canonical: string, metas: Map<string, string>): string {
  return [url, canonical, metas.get('og:url') ?? ''].map(pathOf).join(' ');
}

// ---------------------------------------------------------------------------------------------
// Who publishes it: news outlets link to their sections from every page and say "news" in their name.

// Section names that news sites link to, in the languages the analysis meets. The first set is
// what only news sites have (world, politics, opinion, sport); the second, what magazines and
// how-to sites share with them (tech, health, travel).
const HARD_NEWS_SECTIONS =
  'news world politics opinion opinions sport sports national international nation local u.s. us uk ' +
  'europe asia africa crime elections economy obituaries editorials columnists weather ' +
  'monde politique économie société idées débats ' +
  'internacional política economía deportes esportes sociedad opinión opinião mundo ' +
  'politik wirtschaft ausland inland meinung panorama ' +
  'domácí zahraničí ekonomika názory zprávy politika ' +
  '新闻 国内 国际 时政 体育 军事 社会 财经 國際 體育 財經 国際 経済 政治 スポーツ 地域';
const OTHER_NEWS_SECTIONS =
  'business markets money tech technology science health entertainment culture arts lifestyle ' +
  'travel education environment climate media celebrity planète sciences ciencia ciência ' +
  'tecnología tecnologia espectáculos cultura mercado kultur wissen gesundheit kultura ' +
  '娱乐 科技 教育 文化 汽车 房产 评论 エンタメ';
let sectionSets: { hard: Set<string>; all: Set<string> } | undefined;
/**
 * The section names as sets, made on first use: most pages that are not news never read their links,
 * and a page without short links never looks a name up.
 */
function newsSections(): { hard: Set<string>; all: Set<string> } {
  if (!sectionSets) {
    const hard = new Set(HARD_NEWS_SECTIONS.split(' '));
    sectionSets = { hard, all: new Set([...hard, ...OTHER_NEWS_SECTIONS.split(' ')]) };
  }
  return sectionSets;
}
// Sites link to their sections from the top of every page: the first links are enough.
const MAX_LINKS = 120;
// "News" in an outlet's name, or a newspaper's.
const NEWS_NAME =
  /\bnews\b|\bnoticias\b|\bnachrichten\b|\bactualités\b|\bzprávy\b|ニュース|新闻|新聞|\b(?:times|herald|tribune|gazette|chronicle|daily)\b/i;
// A link that names the author: rel="author", or "author" or "byline" in its class or its parent's.
const AUTHOR_LINK =
  'a[rel="author" i], a[class*="author" i], a[class*="byline" i], [class*="author" i] > a, [class*="byline" i] > a';

interface Links {
  /** Distinct news section names among the page's short links. */
  sections: number;
  /** How many of them only news sites have. */
  hardSections: number;
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
function readLinks(doc: Document, findAuthor: boolean): Links {
  const seen = new Set<string>();
  const links: Links = { sections: 0, hardSections: 0, editable: false, author: false };
  let count = 0;
  let last: Element | null = null;
  for (const link of doc.getElementsByTagName('a')) {
    if (++count > MAX_LINKS) break;
    last = link;
    const text = link.textContent ?? '';
    if (text.length > 80) continue;
    const words = text.trim().toLowerCase();
    if (words.length > 30) continue;
    if (newsSections().all.has(words)) seen.add(words);
    else if (words === 'edit this page' || words === 'edit on github') links.editable = true;
  }
  links.sections = seen.size;
  for (const section of seen) if (newsSections().hard.has(section)) links.hardSections++;
  // The first author link counts when it is among the links read: at or before the last of them.
  const author = findAuthor && last ? doc.querySelector(AUTHOR_LINK) : null;
  links.author = !!author && (author === last || !!(author.compareDocumentPosition(last!) & 4));
  return links;
}

// ---------------------------------------------------------------------------------------------
// The story: the main column of prose paragraphs.

// A <div> with more child elements than this is a container, not a paragraph.
const MAX_INLINE = 40;
// Latin-script text of this many characters makes a paragraph; Chinese and Japanese say as much in
// about a third of the characters, so their characters count three times.
const MIN_PARAGRAPH = 80;
/** Most <p> elements read (four times as many <div>s and <section>s): enough for the story's start. */
const MAX_BLOCKS = 80;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/g;
const CJK_TEXT = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
// Chinese news pages name their editor and source next to the story.
const CJK_CREDITS = /责任编辑|責任編輯|来源[:：]|來源[:：]/;

// White space other than one plain space: what collapses to one space.
const SPACES = /\s{2,}|[^\S ]/g;

/**
 * The words in a sample of collapsed paragraphs (single spaces, one line each): one more than its
 * spaces and line breaks, counted without splitting the text into a thousand strings.
 */
const wordCount = (sample: string) => sample.length - sample.replace(/[ \n]/g, '').length + 1;

/** Length of a text in Latin-script characters' worth. */
function weightedLength(text: string): number {
  CJK.lastIndex = 0;
  return CJK.test(text) ? text.length + 2 * (text.match(CJK)?.length ?? 0) : text.length;
}

interface Prose {
  element: Element;
  text: string;
  length: number;
  /** Paragraphs in it: one, more when <br>s split it. */
  paragraphs: number;
}

// A child that makes a <div> or <section> a container rather than a paragraph: any element but the
// inline ones and <br>. Matched by the browser, so a block's children never get JavaScript wrappers.
let blockChild = '';
/** The selector of a child that makes a block a container, made on first use (most pages never need it). */
const blockChildSelector = () =>
  (blockChild ||= `:scope > :not(${[...INLINE_TAGS, 'BR'].join(', ').toLowerCase()})`);

/**
 * The page's prose outside furniture: <p> elements, and the <div>s and <section>s that sites use as
 * paragraphs (text and inline elements, or text split by <br>). Reads each candidate's own text once,
 * never the text of a big ancestor. Most stories are in <p>s: when they already make a column, the
 * <div>s are not read. On Chinese and Japanese pages, notes the editor and source credits on the way.
 * The cheap tests come first: a block's links and <br>s are looked at only once its text is long
 * enough and it is not furniture.
 */
function readProse(doc: Document, cjk: boolean): { prose: Prose[]; credits: boolean; ordered: boolean } {
  const prose: Prose[] = [];
  let credits = false;
  // Paragraphs share parents: each parent's verdict is worked out once.
  const parents = new Map<Element, boolean>();
  const furniture = (element: Element) => {
    const own = boxKind(element);
    if (own) return own === 'furniture';
    const parent = element.parentElement;
    if (!parent) return false;
    let verdict = parents.get(parent);
    if (verdict === undefined) parents.set(parent, (verdict = isFurniture(parent)));
    return verdict;
  };
  const take = (element: Element, raw: string) => {
    if (cjk && !credits && raw.length < 200 && CJK_CREDITS.test(raw)) credits = true;
    // Collapsing white space only shortens a text; Chinese and Japanese count up to three times.
    if (raw.length < (cjk ? MIN_PARAGRAPH / 3 : MIN_PARAGRAPH)) return;
    // Markup indents text with runs of spaces and line breaks: they do not count. (The spaces
    // between words stay as they are: replacing each of them costs more than reading the paragraph.)
    const text = raw.replace(SPACES, ' ').trim();
    const length = cjk ? weightedLength(text) : text.length;
    if (length < MIN_PARAGRAPH || furniture(element)) return;
    let breaks = 0;
    // Only elements hold links and <br>s: a block of bare text has neither.
    if (element.childElementCount) {
      // A paragraph that is mostly links is a list of links (teasers, tags, navigation).
      let linkChars = 0;
      for (const a of element.getElementsByTagName('a')) linkChars += (a.textContent ?? '').length;
      if (linkChars > text.length * 0.5) return;
      breaks = element.querySelectorAll(':scope > br').length;
    }
    prose.push({ element, text, length, paragraphs: 1 + (breaks >> 1) });
  };
  // Enough paragraphs to judge the page and find its story: a huge page costs no more than a long one.
  let budget = MAX_BLOCKS;
  for (const p of doc.getElementsByTagName('p')) {
    if (--budget < 0) break;
    take(p, p.textContent ?? '');
  }
  // <p>s alone are in page order.
  if (!cjk && hasColumn(prose)) return { prose, credits, ordered: true };
  for (const tag of ['div', 'section']) {
    budget = MAX_BLOCKS * 4;
    for (const block of doc.getElementsByTagName(tag)) {
      if (--budget < 0) break;
      // A paragraph holds text and inline elements only (<br>s too); any block child makes it a
      // container. Its children are checked before its text is read.
      const children = block.childElementCount;
      if (children > MAX_INLINE || !block.hasChildNodes()) continue;
      if (children && block.querySelector(blockChildSelector())) continue;
      take(block, block.textContent ?? '');
    }
  }
  return { prose, credits, ordered: false };
}

/** True when some element holds a column of prose paragraphs (five, 1,500 characters) of its own. */
function hasColumn(prose: Prose[]): boolean {
  const columns = new Map<Element, { paragraphs: number; length: number }>();
  for (const { element, length, paragraphs } of prose) {
    const parent = element.parentElement;
    if (!parent) continue;
    const column = columns.get(parent) ?? { paragraphs: 0, length: 0 };
    column.paragraphs += paragraphs;
    column.length += length;
    if (column.paragraphs >= 5 && column.length >= 1500) return true;
    columns.set(parent, column);
  }
  return false;
}

const ARTICLE_BOX = /(?:^|\s)(?:article|story)(?:\s|$)/i;

/** What kind of paragraph a block is: its tag and class. */
const paragraphKind = (element: Element) => `${element.tagName}.${element.getAttribute('class') ?? ''}`;

/**
 * The container of the story. Its core is the element with the most prose, scored the way reader
 * modes do: a paragraph counts fully for its parent, half for its grandparent and a third for the
 * level above. Stories that sites split into several boxes (one per section, or around an ad) are
 * then taken whole: the container grows to an ancestor, a few levels up at most, that holds markedly
 * more paragraphs of the core's own kind (teasers and widgets around the story are other kinds).
 */
function findContainer(prose: Prose[]): Element | null {
  const scores = new Map<Element, number>();
  for (const { element, length } of prose) {
    let ancestor = element.parentElement;
    for (let level = 1; ancestor && level <= 3; level++, ancestor = ancestor.parentElement) {
      // The whole page is the container only of paragraphs written straight into it.
      if (ancestor.tagName === 'BODY' && level > 1) break;
      scores.set(ancestor, (scores.get(ancestor) ?? 0) + length / level);
    }
  }
  let core: Element | null = null;
  let best = 0;
  for (const [element, score] of scores) {
    if (score > best) {
      best = score;
      core = element;
    }
  }
  if (!core) return null;
  const kinds = new Set<string>();
  const outside: Prose[] = [];
  for (const block of prose)
    if (core.contains(block.element)) kinds.add(paragraphKind(block.element));
    else outside.push(block);
  // Only paragraphs of the core's kinds outside it can make an ancestor a better container: on most
  // pages there are none, and the core is the container.
  if (!outside.some(({ element }) => kinds.has(paragraphKind(element)))) return core;
  const inside = new Map<Element, number>();
  for (const { element, length } of prose) {
    if (!kinds.has(paragraphKind(element))) continue;
    let ancestor = element.parentElement;
    for (let level = 1; ancestor && level <= 3 + EXPAND_LEVELS; level++, ancestor = ancestor.parentElement)
      inside.set(ancestor, (inside.get(ancestor) ?? 0) + length);
  }
  let container = core;
  let level = 0;
  for (let e = core.parentElement; e && level < EXPAND_LEVELS; e = e.parentElement, level++) {
    if (e.tagName === 'BODY') break;
    if ((inside.get(e) ?? 0) >= (inside.get(container) ?? 0) * EXPAND_GAIN) container = e;
    // The story's own wrapper bounds it: what lies beyond is another story or a list of them.
    if (e.tagName === 'ARTICLE' || e.tagName === 'MAIN' || ARTICLE_BOX.test(e.getAttribute('class') ?? ''))
      break;
  }
  return container;
}
// How far up a split story's container may grow, and how much more prose it must gain to.
const EXPAND_LEVELS = 5;
const EXPAND_GAIN = 1.15;

/**
 * The story's headline: the <h1> that the title repeats; else the first <h1> with text near the
 * story (a site's name or section in an <h1> elsewhere is not the headline).
 */
function findHeadline(doc: Document, title: string, container: Element | null): Element | null {
  let near: Element | null = null;
  const wanted = title.replace(/\s+/g, ' ').toLowerCase();
  let area = container;
  for (let level = 0; area?.parentElement && level < 3; level++) area = area.parentElement;
  for (const h1 of doc.getElementsByTagName('h1')) {
    const text = (h1.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
    if (text.length < 10 || isFurniture(h1)) continue;
    if (wanted.includes(text.slice(0, 40))) return h1;
    if (!near && area?.contains(h1)) near = h1;
  }
  return near;
}

/**
 * The standfirst under a headline outside the story's container: the sentence or two that sum the
 * story up ("dek"), in the next few elements after the headline or after its wrapper, before the story.
 */
function findStandfirst(headline: Element, container: Element): Element | null {
  let level = 0;
  for (let e: Element | null = headline; e && level < 3; e = e.parentElement, level++) {
    let count = 0;
    for (let next = e.nextElementSibling; next && count < 3; next = next.nextElementSibling, count++) {
      if (next.contains(container) || container.contains(next)) return null;
      // Small elements only: their text is cheap to read.
      const tag = next.tagName;
      if ((tag !== 'H2' && tag !== 'P' && tag !== 'DIV') || next.childElementCount > 3) continue;
      if (next.getElementsByTagName('a').length || next.getElementsByTagName('script').length) continue;
      const text = (next.textContent ?? '').trim();
      // A sentence or two; not the byline ("By Jane Doe, March 3").
      if (text.length >= 40 && text.length <= 400 && !/^by\b/i.test(text) && !isFurniture(next)) return next;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// How it is written.

// Reporting attributes what it states: "said", "according to", and their equivalents in the
// languages the analysis meets (French, Spanish, Portuguese, German, Czech, Chinese, Japanese).
const ATTRIBUTION =
  /\b(?:said|says|told|according to|reported|announced|spokes(?:man|woman|person)|a déclaré|a indiqué|a affirmé|selon|dijo|afirmó|declaró|según|disse|afirmou|segundo|sagte|erklärte|laut|uvedl|uvedla|řekl|řekla|podle)\b|表示|记者|報道|报道|据|発表した|によると|述べた/gi;
// A dateline opens a report: "WASHINGTON (AP) —", "LONDON, March 3 (Reuters) -", "(CNN) —",
// "Feb. 23, 2015 --", "新华社北京3月10日电", "3月9日".
const DATELINE =
  /^\s*(?:[A-Z][A-Z .,'-]{2,40}(?:,[^—–(\n]{0,30})?\s*(?:\([A-Za-z .]+\))?\s*[—–-]|\([A-Z][A-Za-z]+\)\s*[—–-]|\S{0,20}?\d{1,2}月\d{1,2}日)|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})? ?(?:--|—|–)/m;
// Blogs, essays and how-tos talk about "I" and to "you"; reports mostly do not.
const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|I'll)\b/g;
const PERSONAL = /\b(?:me|my|mine|you|your|you're|you'll|you've|we|we're|we've|our|ours)\b/gi;
const ENGLISH_WORDS = /\b(?:the|and|of|to|in|that|is|was|for|with|said|on|has|have|by)\b/gi;
const HOW_TO = /^\s*how to\b/i;
const WE = /\b(?:we|we're|we've|our|ours)\b/gi;
// "How we built", "Why I left", "My year with", "Our survey": the writer's own story. ("What we
// know" is how news sums up a story.)
const FIRST_PERSON_HEADLINE =
  /^\s*(?:(?:how|why|what|when|where)\s+(?:i|we)\b(?!\s+know)|(?:i|i'm|i've|i'd|my|we|we're|we've|our)\s)/i;
/** A headline without what it quotes: "'We will not back down,' says minister" is not about its writer. */
const unquoted = (text: string) => text.replace(/(^|[\s(])[“"‘'][^”"’']*[”"’'](?=[\s,.:;!?)]|$)/g, '$1 ');
// The story's box and its ancestors, named for news or for a blog: read once per page, as words (split
// at spaces, "_" and "-") rather than with patterns that a new renderer would first have to compile.
const WORD_BREAKS = /[\s_-]+/;
/** Whether the class names and ids in `names` hold one of `words`. */
const namesWord = (names: string, words: ReadonlySet<string>) =>
  names
    .toLowerCase()
    .split(WORD_BREAKS)
    .some((word) => words.has(word));
const NEWS_BOX = new Set(['news', 'story', 'stories', 'newsarticle']);
const BLOG_BOX = new Set(['blog', 'blogs', 'blogpost']);

/** The language the page declares (two letters, lower case), or "". */
function declaredLanguage(doc: Document, metas: Map<string, string>): string {
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

/** The language the page declares, or a guess from its text when it declares none. */
function pageLanguage(declared: string, sample: string): string {
  if (declared) return declared;
  if (/[\u3040-\u30ff]{3}/.test(sample)) return 'ja';
  if ((sample.match(CJK)?.length ?? 0) > sample.length * 0.3) return 'zh';
  const words = sample.split(/\s+/).length;
  const english = (sample.match(ENGLISH_WORDS) ?? []).length;
  return words > 20 && english / words > 0.12 ? 'en' : '';
}

const SAMPLE_CHARS = 6000;
// Midway between the news pages with the fewest signals (0.5: an article with one news signal)
// and the other articles with the most (0.4) in the labelled corpus.
const NEWS_THRESHOLD = 0.45;

/**
 * What each signal adds to the score. An article's own signals (Open Graph type, date, author, a
 * column of prose) add up to just over the threshold: one sign of a blog, a how-to or a personal
 * essay tips it under, one sign of a news outlet keeps it over.
 */
const W = {
  // An article.
  ogArticle: 0.1,
  date: 0.1,
  byline: 0.05,
  articleType: 0.05,
  prose: 0.25,
  noProse: -0.4,
  // A news article, from a news outlet.
  newsType: 0.25,
  newsMeta: 0.1,
  newsPath: 0.1,
  newsBox: 0.1,
  sections: 0.2,
  newsName: 0.1,
  dateline: 0.15,
  reporting: 0.15,
  // Something else: a blog, a how-to, documentation, a list of stories.
  ogOther: -0.1,
  howToType: -0.3,
  blogType: -0.1,
  listType: -0.4,
  notNewsPath: -0.2,
  blogName: -0.2,
  blogBox: -0.1,
  teasers: -0.3,
  personal: -0.3,
  we: -0.15,
  firstPersonHeadline: -0.2,
  howTo: -0.2,
  code: -0.3,
  wiki: -0.4,
};

/** The score so far and the signals that made it. */
class Tally {
  score = 0;
  signals: string[] = [];

  add(points: number, signal: string): void {
    this.score += points;
    this.signals.push(signal);
  }

  /** The score for the result: between 0 and 1, to two decimals. */
  rounded(): number {
    return Math.round(Math.max(0, Math.min(1, this.score)) * 100) / 100;
  }

  /**
   * True when even `gain` more points could not make the page news. The line is half a hundredth
   * under the threshold because the result is rounded to two decimals.
   */
  short(gain: number): boolean {
    return this.score + gain < NEWS_THRESHOLD - 0.005;
  }
}

/**
 * The result for a page that cannot be news, once that is clear: its declared language, and the
 * container of its prose. `why` says how far it was read.
 */
function notNews(tally: Tally, declared: string, container: Element | null, why: string): ArticleDetection {
  tally.signals.push(why);
  return {
    isNews: false,
    score: tally.rounded(),
    language: declared,
    readable: declared === 'en',
    body: container ? [container] : [],
    signals: tally.signals,
  };
}

/**
 * Decides whether a document is a news article from what it says about itself (structured data,
 * Open Graph, publication date, byline, address), who publishes it (a news outlet's sections and
 * name), its shape (a main column of prose paragraphs) and how it is written (attributed reporting
 * rather than first-person blogging, how-tos, code listings or wiki pages); finds the elements that
 * hold the story. Reads the document; never changes it.
 *
 * Runs on every page, so the work is ordered by what it can still change: once the signals left to
 * read (the story's box, the writing, news section links) cannot lift a page over the line, they are
 * not read. Of the corpus's pages that are not news, a third stop after their metadata and prose,
 * and most of the rest before their links or before the rest of their writing.
 */
export function detectArticle(doc: Document, options: DetectOptions = {}): ArticleDetection {
  const tally = new Tally();
  const add = (points: number, signal: string) => tally.add(points, signal);
  const { metas, jsonLd, canonical } = readPageData(doc);
  const meta = (name: string) => metas.get(name) ?? '';

  // The story's container first: its microdata is part of what the page says about itself.
  const declared = declaredLanguage(doc, metas);
  const cjk =
    declared === 'zh' || declared === 'ja' || declared === 'ko' || (!declared && CJK_TEXT.test(doc.title));
  const { prose, credits, ordered } = readProse(doc, cjk);
  const container = findContainer(prose);
  let paragraphs = 0;
  let length = 0;
  const inside: Prose[] = [];
  for (const block of prose) {
    if (!container?.contains(block.element)) continue;
    inside.push(block);
    paragraphs += block.paragraphs;
    length += block.length;
  }

  // What the page says it is: an article (Open Graph, date, author), and maybe a news article.
  const ldTypes = typeNames(jsonLd);
  const types = microdataTypes(container, doc, new Set(ldTypes));
  const type = any(types, 'news') ? 'news' : any(types, 'article') ? 'article' : '';
  if (type === 'news') add(W.newsType, 'structured data: NewsArticle');
  else if (type === 'article') add(W.articleType, 'structured data: Article');
  if (any(types, 'howTo')) add(W.howToType, 'structured data: how-to or documentation');
  // Only in JSON-LD: WordPress themes put microdata Blog and BlogPosting on every site, news too.
  else if (any(ldTypes, 'blog')) add(W.blogType, 'structured data: blog');
  else if (!type && any(types, 'page')) add(W.listType, 'structured data: not one story');
  const ogType = meta('og:type').toLowerCase();
  if (ogType === 'article') add(W.ogArticle, 'og:type article');
  else if (ogType && ogType !== 'website') add(W.ogOther, `og:type ${ogType}`);
  if (DATE_META.some((name) => metas.has(name)) || jsonLd.includes('"datePublished"'))
    add(W.date, 'publication date');
  // A byline from the metadata; else an author link may give it, below.
  const byline = metas.has('author') || metas.has('article:author') || jsonLd.includes('"author"');
  if (byline) add(W.byline, 'byline');
  if (metas.has('article:section') || metas.has('news_keywords')) add(W.newsMeta, 'news metadata');
  const paths = pagePaths(options.url ?? doc.URL ?? '', canonical, metas);
  if (NOT_NEWS_PATH.test(paths)) add(W.notNewsPath, 'not-news address');
  else if (NEWS_PATH.test(paths)) add(W.newsPath, 'news address');
  // (Patterns run only on names the page gives: in a new renderer, compiling each one costs.)
  const siteName = `${meta('og:site_name')} ${meta('application-name')} ${meta('publisher')}`;
  const named = siteName.length > 2;
  const generator = meta('generator');
  if ((named && NEWS_NAME.test(siteName)) || any(types, 'publisher')) add(W.newsName, 'news outlet');
  if ((named && /\bblog/i.test(siteName)) || (generator && /\bblogger\b/i.test(generator)))
    add(W.blogName, 'blog');
  const wiki = generator.toLowerCase().startsWith('mediawiki') || !!doc.getElementById('mw-content-text');
  if (wiki) add(W.wiki, 'wiki or documentation');

  // Its shape: one main column of prose.
  if (paragraphs >= 5 && length >= 1500) add(W.prose, `${paragraphs} prose paragraphs`);
  else if (paragraphs >= 3) add(W.prose / 2, `${paragraphs} prose paragraphs`);
  else add(W.noProse, 'no main column of prose');

  // The most the rest can add: news section links and an author link, a box named for news, and
  // the writing. A page this far under the line is not news, and none of it is read.
  const rest = W.sections + (byline ? 0 : W.byline) + W.newsBox + W.dateline + W.reporting;
  if (tally.short(rest)) return notNews(tally, declared, container, 'too few signs of news to read the text');
  const title = meta('og:title') || doc.title;
  return readStory(doc, tally, {
    title,
    container,
    inside,
    ordered,
    length,
    declared,
    credits,
    byline,
    wiki,
  });
}

interface Story {
  /** The page's title, to find the headline by. */
  title: string;
  container: Element | null;
  /** The prose paragraphs inside the container, and their length. */
  inside: Prose[];
  /** They are in page order already (all of them <p>s). */
  ordered: boolean;
  length: number;
  /** The language the page declares, or "". */
  declared: string;
  /** Chinese or Japanese editor and source credits were seen. */
  credits: boolean;
  /** The metadata names an author. */
  byline: boolean;
  /** The page is already known for a wiki. */
  wiki: boolean;
}

/**
 * The rest of the decision for a page that may be news, apart so that other pages never compile
 * it. The signals that can still lift the page come first, cheapest first (the story's box, its
 * dateline and attributions, the news sections it links to), and the page stops as soon as it cannot
 * reach the line; then what speaks against news (teasers, first-person writing, a how-to, code), and
 * the headline and standfirst join the body.
 */
function readStory(doc: Document, tally: Tally, story: Story): ArticleDetection {
  const { title, container, inside, ordered, length, declared, credits, byline, wiki } = story;
  const add = (points: number, signal: string) => tally.add(points, signal);
  const stop = () => notNews(tally, declared, container, 'too few signs of news to read on');

  // What the site calls the story's boxes: "story", "news" or "blog" ("story-body", "category-news").
  let names = '';
  for (let e = container; e && e.tagName !== 'BODY'; e = e.parentElement)
    names += ` ${e.getAttribute('class') ?? ''} ${e.id}`;
  const newsBox = namesWord(names, NEWS_BOX);
  const blogBox = namesWord(names, BLOG_BOX);
  if (newsBox && !blogBox) add(W.newsBox, 'story in a box named for news');
  if (blogBox && !newsBox) add(W.blogBox, 'story in a box named for a blog');

  // How it is written, from a sample of the story's paragraphs in page order: reporting opens with
  // a dateline and attributes what it states.
  if (!ordered) inside.sort((a, b) => (a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1));
  let sample = '';
  for (const block of inside) {
    if (sample.length >= SAMPLE_CHARS) break;
    sample += `${block.text}\n`;
  }
  if (DATELINE.test(sample.slice(0, 400))) add(W.dateline, 'dateline');
  // Rates need a few sentences (Chinese and Japanese fit them in fewer characters).
  const rated = weightedLength(sample) > 500;
  const words = rated ? wordCount(sample) + (sample.match(CJK)?.length ?? 0) / 2 : 0;
  if (rated && ((sample.match(ATTRIBUTION) ?? []).length / words >= 0.004 || credits))
    add(W.reporting, 'attributed reporting');
  if (tally.short(W.sections + (byline ? 0 : W.byline))) return stop();

  // Who publishes it: a news outlet links to its sections.
  const links = readLinks(doc, !byline);
  if (links.author) add(W.byline, 'byline');
  const sections = `${links.sections} news sections (${links.hardSections} only news sites have)`;
  if (links.sections >= 5 && links.hardSections >= 2) add(W.sections, sections);
  else if (links.sections >= 3 && links.hardSections >= 1) add(W.sections / 2, sections);
  if (links.editable && !wiki) add(W.wiki, 'wiki or documentation');
  if (tally.short(0)) return stop();

  // Home pages and section fronts list teasers: headlines that link to other pages, each over a
  // paragraph or two.
  if (container) {
    let linkedHeadlines = 0;
    for (const tag of ['h2', 'h3'])
      for (const heading of container.getElementsByTagName(tag))
        if (heading.getElementsByTagName('a').length || heading.closest('a')) linkedHeadlines++;
    if (linkedHeadlines >= 5 && linkedHeadlines * 400 > length) add(W.teasers, `${linkedHeadlines} teasers`);
    if (tally.short(0)) return stop();
  }

  const language = pageLanguage(declared, sample);
  // Blogs, essays and how-tos talk about "I" and to "you". English only: the pronoun list is
  // English, and other languages must not lose points for it.
  if (rated && language === 'en') {
    const personal =
      ((sample.match(FIRST_PERSON) ?? []).length + (sample.match(PERSONAL) ?? []).length) / words;
    if (personal >= 0.045) add(W.personal, 'written in the first and second person');
    else if (personal >= 0.035) add(W.personal / 2, 'partly in the first and second person');
    // A company or team telling its own story ("we built", "our survey").
    if ((sample.match(WE) ?? []).length / words >= 0.025) add(W.we, 'written as "we"');
  }
  const headline = findHeadline(doc, title, container);
  // Headlines report on others; a first-person one tells the writer's own story.
  if (language === 'en' && FIRST_PERSON_HEADLINE.test(unquoted(headline?.textContent || title)))
    add(W.firstPersonHeadline, 'first-person headline');
  if (HOW_TO.test(headline?.textContent || title)) add(W.howTo, 'how-to');
  if (container && container.getElementsByTagName('pre').length >= 3) add(W.code, 'code listings');

  const score = tally.rounded();
  const body: Element[] = [];
  if (container) {
    if (headline && !container.contains(headline)) {
      body.push(headline);
      const standfirst = findStandfirst(headline, container);
      if (standfirst) body.push(standfirst);
    }
    body.push(container);
  }
  return {
    isNews: score >= NEWS_THRESHOLD,
    score,
    language,
    readable: language === 'en',
    body,
    signals: tally.signals,
  };
}
