/** Is this page a news article, and which elements hold the story? Cheap, read-only, no globals. */

import { INLINE_ELEMENTS } from './text-index';

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

// Containers of page furniture, by the words sites use in their class names and ids.
export const FURNITURE =
  /(?:^|[\s_-])(?:comments?|related|sidebar|side-bar|footer|foot|nav|navbar|menu|masthead|promo|share|sharing|social|newsletter|subscribe|advert|ads?|sponsor|widget|popular|most-read|trending|recommend|outbrain|taboola|breadcrumbs?|pagination|toolbar|cookie|banner|signup|teaser|rail|disqus|gallery|carousel|slideshow)(?:$|[\s_-])/i;
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'MENU']);
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
  if (FURNITURE_TAGS.has(tag)) return 'furniture';
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

/** The page's meta tags, by lower-cased property, name or itemprop (the first non-empty value wins). */
function readMeta(doc: Document): Map<string, string> {
  const metas = new Map<string, string>();
  for (const element of doc.getElementsByTagName('meta')) {
    const key = (
      element.getAttribute('property') ||
      element.getAttribute('name') ||
      element.getAttribute('itemprop') ||
      element.getAttribute('http-equiv') ||
      ''
    ).toLowerCase();
    const content = element.getAttribute('content')?.trim();
    if (key && content && !metas.has(key)) metas.set(key, content);
  }
  return metas;
}

/** The page's JSON-LD, as one string to search: @graph arrays and nested objects included. */
function readJsonLd(doc: Document): string {
  let text = '';
  for (const script of doc.getElementsByTagName('script')) {
    if (script.getAttribute('type') !== 'application/ld+json') continue;
    text += (script.textContent ?? '').slice(0, 20000);
    if (text.length > 60000) break;
  }
  return text;
}

/** Microdata types on the story's container and its ancestors, written as JSON-LD would. */
function microdataTypes(container: Element | null, doc: Document): string {
  let text = '';
  const note = (element: Element) => {
    const type = element.getAttribute('itemtype');
    if (type) text += ` "@type": "${type.replace(/^.*\//, '')}"`;
  };
  for (let e = container; e; e = e.parentElement) note(e);
  if (!container && doc.body) note(doc.body);
  return text;
}

const TYPE = (names: string) =>
  new RegExp(`"@type"\\s*:\\s*(?:\\[[^\\]]*)?"(?:https?://schema\\.org/)?(?:${names})"`);
// News and its kin: schema.org's NewsArticle and its subtypes, and live blogs of news events.
const NEWS_TYPES = TYPE(
  '(?:Analysis|Ask[A-Za-z]*|Background|Opinion|Reportage|Review)?NewsArticle|LiveBlogPosting',
);
const ARTICLE_TYPES = TYPE('Article|Report');
// Blogs (WordPress themes mark news posts as BlogPosting too, so it weighs little).
const BLOG_TYPES = TYPE('BlogPosting|Blog|SocialMediaPosting|DiscussionForumPosting');
// How-tos and documentation.
const HOW_TO_TYPES = TYPE('TechArticle|HowTo|Recipe|QAPage|FAQPage');
// Pages that are not one story: home and section fronts, shops, profiles, search results.
const PAGE_TYPES = TYPE('CollectionPage|ItemList|Product|ProfilePage|SearchResultsPage');
// An outlet that says it is one.
const NEWS_PUBLISHER = TYPE('NewsMediaOrganization');

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

// Paths of news sites: sections and story folders (in a few languages), dates, and long numeric
// story ids ("/2016/07/30/", "-20190520/", "-2596987.html").
const NEWS_PATH =
  /\/(?:news|politics|world|business|story|stories|article|articles|nation|local|opinion|economy|noticias?|nachrichten|meldung|actualites?|zpravy|xinwen)[/-]|\/(?:19|20)\d\d\/[01]?\d\/|[/_-](?:19|20)\d\d[01]\d[0-3]\d(?:[/_.-]|$)|[/_-]\d{6,}(?:[/._-]|$)/i;
// Paths of everything else that reads like an article.
const NOT_NEWS_PATH =
  /\/(?:docs?|documentation|wiki|blogs?|forums?|help|support|shop|products?|tutorials?|howto|how-to|guides?|recipes?|tags?|category|search)(?:[/.?#]|$)/i;

/** The page's paths (and queries), from its address, canonical link and og:url. */
function pagePaths(doc: Document, url: string, metas: Map<string, string>): string {
  let canonical = '';
  for (const link of doc.getElementsByTagName('link'))
    if (link.getAttribute('rel') === 'canonical') canonical = link.getAttribute('href') ?? '';
  return [url, canonical, metas.get('og:url') ?? '']
    .map((address) => address.replace(/^[a-z]+:\/\/[^/]*/i, ''))
    .join(' ');
}

// ---------------------------------------------------------------------------------------------
// Who publishes it: news outlets link to their sections from every page and say "news" in their name.

// Section names that news sites link to, in the languages the analysis meets. The first set is
// what only news sites have (world, politics, opinion, sport); the second, what magazines and
// how-to sites share with them (tech, health, travel).
const HARD_NEWS_SECTIONS = new Set(
  (
    'news world politics opinion opinions sport sports national international nation local u.s. us uk ' +
    'europe asia africa crime elections economy obituaries editorials columnists weather ' +
    'monde politique économie société idées débats ' +
    'internacional política economía deportes esportes sociedad opinión opinião mundo ' +
    'politik wirtschaft ausland inland meinung panorama ' +
    'domácí zahraničí ekonomika názory zprávy politika ' +
    '新闻 国内 国际 时政 体育 军事 社会 财经 國際 體育 財經 国際 経済 政治 スポーツ 地域'
  ).split(' '),
);
const NEWS_SECTIONS = new Set([
  ...HARD_NEWS_SECTIONS,
  ...(
    'business markets money tech technology science health entertainment culture arts lifestyle ' +
    'travel education environment climate media celebrity planète sciences ciencia ciência ' +
    'tecnología tecnologia espectáculos cultura mercado kultur wissen gesundheit kultura ' +
    '娱乐 科技 教育 文化 汽车 房产 评论 エンタメ'
  ).split(' '),
]);
// Sites link to their sections from the top of every page: the first links are enough.
const MAX_LINKS = 120;
// "News" in an outlet's name, or a newspaper's.
const NEWS_NAME =
  /\bnews\b|\bnoticias\b|\bnachrichten\b|\bactualités\b|\bzprávy\b|ニュース|新闻|新聞|\b(?:times|herald|tribune|gazette|chronicle|daily)\b/i;
const AUTHOR_CLASS = /author|byline/i;

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

function readLinks(doc: Document): Links {
  const seen = new Set<string>();
  const links: Links = { sections: 0, hardSections: 0, editable: false, author: false };
  let count = 0;
  for (const link of doc.getElementsByTagName('a')) {
    if (++count > MAX_LINKS) break;
    const text = link.textContent ?? '';
    if (text.length > 80) continue;
    const words = text.trim().toLowerCase();
    if (words.length > 30) continue;
    if (NEWS_SECTIONS.has(words)) seen.add(words);
    else if (words === 'edit this page' || words === 'edit on github') links.editable = true;
    if (
      !links.author &&
      (link.getAttribute('rel') === 'author' ||
        AUTHOR_CLASS.test(
          `${link.getAttribute('class') ?? ''} ${link.parentElement?.getAttribute('class') ?? ''}`,
        ))
    )
      links.author = true;
  }
  links.sections = seen.size;
  for (const section of seen) if (HARD_NEWS_SECTIONS.has(section)) links.hardSections++;
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

/**
 * The page's prose outside furniture: <p> elements, and the <div>s and <section>s that sites use as
 * paragraphs (text and inline elements, or text split by <br>). Reads each candidate's own text once,
 * never the text of a big ancestor. Most stories are in <p>s: when they already make a column, the
 * <div>s are not read. On Chinese and Japanese pages, notes the editor and source credits on the way.
 */
function readProse(doc: Document, cjk: boolean): { prose: Prose[]; credits: boolean } {
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
  const take = (element: Element, text: string, breaks: number) => {
    if (cjk && !credits && text.length < 200 && CJK_CREDITS.test(text)) credits = true;
    if (text.length < MIN_PARAGRAPH / 3 || furniture(element)) return;
    // Markup indents text with runs of spaces and line breaks: they do not count.
    text = text.replace(/\s+/g, ' ').trim();
    const length = cjk ? weightedLength(text) : text.length;
    if (length < MIN_PARAGRAPH) return;
    // A paragraph that is mostly links is a list of links (teasers, tags, navigation).
    let linkChars = 0;
    for (const a of element.getElementsByTagName('a')) linkChars += (a.textContent ?? '').length;
    if (linkChars > text.length * 0.5) return;
    prose.push({ element, text, length, paragraphs: 1 + (breaks >> 1) });
  };
  // Enough paragraphs to judge the page and find its story: a huge page costs no more than a long one.
  let budget = MAX_BLOCKS;
  for (const p of doc.getElementsByTagName('p')) {
    if (--budget < 0) break;
    let breaks = 0;
    for (let child = p.firstElementChild; child; child = child.nextElementSibling)
      if (child.tagName === 'BR') breaks++;
    take(p, p.textContent ?? '', breaks);
  }
  if (!cjk && hasColumn(prose)) return { prose, credits };
  for (const tag of ['div', 'section']) {
    budget = MAX_BLOCKS * 4;
    for (const block of doc.getElementsByTagName(tag)) {
      if (--budget < 0) break;
      // A paragraph holds text and inline elements only (<br>s too); any block child makes it a
      // container. Its elements are checked before its text is read.
      if (!block.firstChild || block.childElementCount > MAX_INLINE) continue;
      let breaks = 0;
      let inline = true;
      for (let child = block.firstElementChild; child; child = child.nextElementSibling) {
        if (child.tagName === 'BR') breaks++;
        else if (!INLINE_ELEMENTS.has(child.tagName)) {
          inline = false;
          break;
        }
      }
      if (!inline) continue;
      const text = block.textContent ?? '';
      if (cjk && !credits && text.length < 200 && CJK_CREDITS.test(text)) credits = true;
      take(block, text, breaks);
    }
  }
  return { prose, credits };
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
  for (const { element } of prose) if (core.contains(element)) kinds.add(paragraphKind(element));
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
      if (!STANDFIRST_TAGS.has(next.tagName) || next.childElementCount > 3) continue;
      if (next.getElementsByTagName('a').length || next.getElementsByTagName('script').length) continue;
      const text = (next.textContent ?? '').trim();
      // A sentence or two; not the byline ("By Jane Doe, March 3").
      if (text.length >= 40 && text.length <= 400 && !/^by\b/i.test(text) && !isFurniture(next)) return next;
    }
  }
  return null;
}
const STANDFIRST_TAGS = new Set(['H2', 'P', 'DIV']);

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
const NEWS_BOX = /(?:^|[\s_-])(?:news|story|stories|newsarticle)(?:[\s_-]|$)/i;
const BLOG_BOX = /(?:^|[\s_-])(?:blog|blogs|blogpost)(?:[\s_-]|$)/i;

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

function notNews(
  score: number,
  signals: string[],
  language: string,
  container: Element | null,
): ArticleDetection {
  signals.push('too few signs of news to read the text');
  return {
    isNews: false,
    score: Math.round(Math.max(0, Math.min(1, score)) * 100) / 100,
    language,
    readable: language === 'en',
    body: container ? [container] : [],
    signals,
  };
}

/**
 * Decides whether a document is a news article from what it says about itself (structured data,
 * Open Graph, publication date, byline, address), who publishes it (a news outlet's sections and
 * name), its shape (a main column of prose paragraphs) and how it is written (attributed reporting
 * rather than first-person blogging, how-tos, code listings or wiki pages); finds the elements that
 * hold the story. Reads the document; never changes it.
 */
export function detectArticle(doc: Document, options: DetectOptions = {}): ArticleDetection {
  const signals: string[] = [];
  let score = 0;
  const add = (points: number, signal: string) => {
    score += points;
    signals.push(signal);
  };
  const metas = readMeta(doc);
  const meta = (name: string) => metas.get(name) ?? '';

  // The story's container first: its microdata is part of what the page says about itself.
  const declared = declaredLanguage(doc, metas);
  const cjk = /^(?:zh|ja|ko)/.test(declared) || (!declared && CJK_TEXT.test(doc.title));
  const { prose, credits } = readProse(doc, cjk);
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
  const jsonLd = readJsonLd(doc);
  const types = jsonLd + microdataTypes(container, doc);
  const type = NEWS_TYPES.test(types) ? 'news' : ARTICLE_TYPES.test(types) ? 'article' : '';
  if (type === 'news') add(W.newsType, 'structured data: NewsArticle');
  else if (type === 'article') add(W.articleType, 'structured data: Article');
  if (HOW_TO_TYPES.test(types)) add(W.howToType, 'structured data: how-to or documentation');
  // Only in JSON-LD: WordPress themes put microdata Blog and BlogPosting on every site, news too.
  else if (BLOG_TYPES.test(jsonLd)) add(W.blogType, 'structured data: blog');
  else if (!type && PAGE_TYPES.test(types)) add(W.listType, 'structured data: not one story');
  const ogType = meta('og:type').toLowerCase();
  if (ogType === 'article') add(W.ogArticle, 'og:type article');
  else if (ogType && ogType !== 'website') add(W.ogOther, `og:type ${ogType}`);
  if (DATE_META.some((name) => metas.has(name)) || types.includes('"datePublished"'))
    add(W.date, 'publication date');
  const links = readLinks(doc);
  if (metas.has('author') || metas.has('article:author') || links.author || types.includes('"author"'))
    add(W.byline, 'byline');
  if (metas.has('article:section') || metas.has('news_keywords')) add(W.newsMeta, 'news metadata');
  const paths = pagePaths(doc, options.url ?? doc.URL ?? '', metas);
  if (NOT_NEWS_PATH.test(paths)) add(W.notNewsPath, 'not-news address');
  else if (NEWS_PATH.test(paths)) add(W.newsPath, 'news address');

  // Who publishes it: a news outlet links to its sections and may say "news" in its name.
  const sections = `${links.sections} news sections (${links.hardSections} only news sites have)`;
  if (links.sections >= 5 && links.hardSections >= 2) add(W.sections, sections);
  else if (links.sections >= 3 && links.hardSections >= 1) add(W.sections / 2, sections);
  const siteName = `${meta('og:site_name')} ${meta('application-name')} ${meta('publisher')}`;
  if (NEWS_NAME.test(siteName) || NEWS_PUBLISHER.test(types)) add(W.newsName, 'news outlet');
  if (/\bblog/i.test(siteName) || /\bblogger\b/i.test(meta('generator'))) add(W.blogName, 'blog');

  // Its shape: one main column of prose.
  if (paragraphs >= 5 && length >= 1500) add(W.prose, `${paragraphs} prose paragraphs`);
  else if (paragraphs >= 3) add(W.prose / 2, `${paragraphs} prose paragraphs`);
  else add(W.noProse, 'no main column of prose');
  // Home pages and section fronts list teasers: headlines that link to other pages, each over a
  // paragraph or two.
  if (container) {
    let linkedHeadlines = 0;
    for (const tag of ['h2', 'h3'])
      for (const heading of container.getElementsByTagName(tag))
        if (heading.getElementsByTagName('a').length || heading.closest('a')) linkedHeadlines++;
    if (linkedHeadlines >= 5 && linkedHeadlines * 400 > length) add(W.teasers, `${linkedHeadlines} teasers`);
  }
  // What the site calls the story's boxes: "story", "news" or "blog" ("story-body", "category-news").
  let names = '';
  for (let e = container; e && e.tagName !== 'BODY'; e = e.parentElement)
    names += ` ${e.getAttribute('class') ?? ''} ${e.id}`;
  const newsBox = NEWS_BOX.test(names);
  const blogBox = BLOG_BOX.test(names);
  if (newsBox && !blogBox) add(W.newsBox, 'story in a box named for news');
  if (blogBox && !newsBox) add(W.blogBox, 'story in a box named for a blog');

  if (links.editable || /^mediawiki/i.test(meta('generator')) || doc.getElementById('mw-content-text'))
    add(W.wiki, 'wiki or documentation');
  // The writing can add at most this much: a page this far under the line is not news, and its
  // text is not read. Most pages end here, which keeps detection cheap where nothing more happens.
  if (score + W.dateline + W.reporting < NEWS_THRESHOLD)
    return notNews(score, signals, declared.slice(0, 2), container);

  const title = meta('og:title') || doc.title;
  const headline = findHeadline(doc, title, container);
  const body: Element[] = [];
  if (container) {
    if (headline && !container.contains(headline)) {
      body.push(headline);
      const standfirst = findStandfirst(headline, container);
      if (standfirst) body.push(standfirst);
    }
    body.push(container);
  }

  // How it is written, from a sample of the story's paragraphs in page order.
  inside.sort((a, b) => (a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1));
  let sample = '';
  for (const block of inside) {
    if (sample.length >= SAMPLE_CHARS) break;
    sample += `${block.text}\n`;
  }
  const language = pageLanguage(declared, sample);
  if (DATELINE.test(sample.slice(0, 400))) add(W.dateline, 'dateline');
  // Rates need a few sentences (Chinese and Japanese fit them in fewer characters).
  if (weightedLength(sample) > 500) {
    const words = sample.split(/\s+/).length + (sample.match(CJK)?.length ?? 0) / 2;
    if ((sample.match(ATTRIBUTION) ?? []).length / words >= 0.004 || credits)
      add(W.reporting, 'attributed reporting');
    // English only: the pronoun list is English, and other languages must not lose points for it.
    const personal =
      language === 'en'
        ? ((sample.match(FIRST_PERSON) ?? []).length + (sample.match(PERSONAL) ?? []).length) / words
        : 0;
    if (personal >= 0.045) add(W.personal, 'written in the first and second person');
    else if (personal >= 0.035) add(W.personal / 2, 'partly in the first and second person');
    // A company or team telling its own story ("we built", "our survey").
    if (language === 'en' && (sample.match(WE) ?? []).length / words >= 0.025) add(W.we, 'written as "we"');
  }
  // Headlines report on others; a first-person one tells the writer's own story.
  if (language === 'en' && FIRST_PERSON_HEADLINE.test(unquoted(headline?.textContent || title)))
    add(W.firstPersonHeadline, 'first-person headline');
  if (HOW_TO.test(headline?.textContent || title)) add(W.howTo, 'how-to');
  if (container && container.getElementsByTagName('pre').length >= 3) add(W.code, 'code listings');

  const rounded = Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;
  return {
    isNews: rounded >= NEWS_THRESHOLD,
    score: rounded,
    language,
    readable: language === 'en',
    body,
    signals,
  };
}
