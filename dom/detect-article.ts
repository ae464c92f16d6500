/** Is this page a news article, and which elements hold the story? Cheap, read-only, no globals. */

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

const NEWS_TYPES =
  /"@type"\s*:\s*(?:\[[^\]]*)?"(?:News|Reportage|Analysis|Opinion|Background|Review)?NewsArticle"|"@type"\s*:\s*(?:\[[^\]]*)?"(?:LiveBlogPosting|ReportageNewsArticle)"/;
const ARTICLE_TYPE = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:Article|Report)"/;
const BLOG_TYPE =
  /"@type"\s*:\s*(?:\[[^\]]*)?"(?:BlogPosting|TechArticle|HowTo|FAQPage|Product|WebSite|CollectionPage)"/;
const NEWS_URL =
  /\/(?:news|politics|world|business|story|stories|article|articles|nation|local|us|uk|europe|asia|africa|middle-?east|opinion|economy|\d{4}\/\d{1,2})(?:\/|-)/i;
const NOT_NEWS_URL =
  /\/(?:docs?|documentation|wiki|blog|blogs|forum|forums|help|support|shop|product|products|tag|tags|category|search|tutorials?|howto|how-to)(?:\/|$)/i;
// Containers of page furniture, by the words sites use in their class names and ids.
export const FURNITURE =
  /(?:^|[\s_-])(?:comments?|related|sidebar|side-bar|footer|foot|nav|navbar|menu|masthead|promo|share|sharing|social|newsletter|subscribe|advert|ads?|sponsor|widget|popular|most-read|trending|recommend|outbrain|taboola|breadcrumbs?|pagination|toolbar|cookie|banner|signup|teaser|rail|disqus)(?:$|[\s_-])/i;
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'MENU']);
const MIN_PARAGRAPH = 80;

function meta(doc: Document, name: string): string {
  const element = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
  return element?.getAttribute('content')?.trim() ?? '';
}

// Class names of the story's own containers: they outweigh a furniture word in the same name
// ("l-sidebar-fixed l-article-body-segment").
const CONTENT = /article|body|content|story|entry|main|text|post/i;
// Furniture wraps what it holds closely; a word far up the tree is a site-wide wrapper.
const FURNITURE_DEPTH = 5;

/** True when the element or a near ancestor is page furniture (navigation, comments, related links...). */
export function isFurniture(element: Element): boolean {
  let depth = 0;
  for (let e: Element | null = element; e && depth < FURNITURE_DEPTH; e = e.parentElement, depth++) {
    const tag = e.tagName;
    if (tag === 'BODY' || tag === 'MAIN' || tag === 'ARTICLE') return false;
    if (FURNITURE_TAGS.has(tag)) return true;
    const role = e.getAttribute('role');
    if (role === 'navigation' || role === 'complementary' || role === 'contentinfo') return true;
    const label = `${e.getAttribute('class') ?? ''} ${e.id}`;
    if (label.length > 1 && FURNITURE.test(label) && !CONTENT.test(label)) return true;
  }
  return false;
}

const INLINE_CHILDREN = new Set([
  'A',
  'B',
  'I',
  'EM',
  'STRONG',
  'SPAN',
  'BR',
  'SUP',
  'SUB',
  'SMALL',
  'CODE',
  'Q',
  'CITE',
  'ABBR',
  'TIME',
  'U',
  'FONT',
  'MARK',
]);

/**
 * The paragraphs of the page: <p> elements, and the <div>s that sites use as paragraphs (text and
 * inline elements only, no blocks inside).
 */
function proseBlocks(doc: Document): Element[] {
  const blocks = [...doc.querySelectorAll('p')];
  for (const div of doc.querySelectorAll('div')) {
    if (!div.firstChild || (div.textContent?.length ?? 0) < MIN_PARAGRAPH) continue;
    let inlineOnly = true;
    for (let child = div.firstElementChild; child; child = child.nextElementSibling) {
      if (!INLINE_CHILDREN.has(child.tagName)) {
        inlineOnly = false;
        break;
      }
    }
    if (inlineOnly) blocks.push(div);
  }
  return blocks;
}

/** The container with the most prose paragraphs, scored the way reader modes do: paragraphs count for their parent and grandparent. */
function findBody(paragraphs: Element[]): {
  container: Element | null;
  proseCount: number;
  proseChars: number;
} {
  const scores = new Map<Element, number>();
  let proseCount = 0;
  let proseChars = 0;
  for (const p of paragraphs) {
    const text = p.textContent ?? '';
    if (text.length < MIN_PARAGRAPH || isFurniture(p)) continue;
    let linkChars = 0;
    for (const a of p.querySelectorAll('a')) linkChars += (a.textContent ?? '').length;
    if (linkChars > text.length * 0.5) continue;
    proseCount++;
    proseChars += text.length;
    const parent = p.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + text.length);
    const grandparent = parent?.parentElement;
    if (grandparent) scores.set(grandparent, (scores.get(grandparent) ?? 0) + text.length / 2);
  }
  let container: Element | null = null;
  let best = 0;
  for (const [element, score] of scores) {
    if (score > best) {
      best = score;
      container = element;
    }
  }
  return { container, proseCount, proseChars };
}

const ATTRIBUTION =
  /\b(?:said|says|told|according to|reported|announced|spokesman|spokeswoman|spokesperson|officials?)\b/gi;
const PERSONAL = /\b(?:I|I'm|I've|I'd|me|my|you|your|you're|we|our|us)\b/g;
const ENGLISH_WORDS = /\b(?:the|and|of|to|in|that|is|was|for|with|said|on|has|have|by)\b/gi;

/** The language the page declares, or a guess from its text when it declares none. */
function pageLanguage(doc: Document, sample: string): string {
  const declared = (
    doc.documentElement.getAttribute('lang') ||
    meta(doc, 'og:locale') ||
    meta(doc, 'content-language')
  )
    .toLowerCase()
    .slice(0, 2);
  if (declared) return declared;
  const words = sample.split(/\s+/).length;
  const english = (sample.match(ENGLISH_WORDS) ?? []).length;
  return words > 20 && english / words > 0.12 ? 'en' : '';
}

/**
 * Decides whether a document is a news article from what it says about itself (structured data,
 * Open Graph, publication date, byline, address) and its shape (a main column of prose paragraphs),
 * and finds the elements that hold the story. Reads the document; never changes it.
 */
export function detectArticle(doc: Document, options: DetectOptions = {}): ArticleDetection {
  const signals: string[] = [];
  let score = 0;
  const add = (points: number, signal: string) => {
    score += points;
    signals.push(signal);
  };

  let structured = '';
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]'))
    structured += script.textContent ?? '';
  if (NEWS_TYPES.test(structured)) add(0.45, 'structured data: NewsArticle');
  else if (ARTICLE_TYPE.test(structured)) add(0.2, 'structured data: Article');
  else if (BLOG_TYPE.test(structured)) add(-0.15, 'structured data: not news');
  const ogType = meta(doc, 'og:type').toLowerCase();
  if (ogType === 'article') add(0.15, 'og:type article');
  else if (ogType && ogType !== 'website') add(-0.1, `og:type ${ogType}`);
  const published =
    meta(doc, 'article:published_time') ||
    meta(doc, 'datePublished') ||
    doc.querySelector('[itemprop="datePublished"], time[datetime]')?.getAttribute('datetime') ||
    '';
  if (published) add(0.15, 'publication date');
  if (
    meta(doc, 'author') ||
    doc.querySelector('[rel="author"], [itemprop="author"], .byline, .author, [class*="byline"]')
  )
    add(0.1, 'byline');
  if (meta(doc, 'article:section') || meta(doc, 'news_keywords') || meta(doc, 'article:tag'))
    add(0.1, 'news metadata');
  const url = options.url ?? doc.URL ?? '';
  if (NEWS_URL.test(url)) add(0.1, 'news address');
  if (NOT_NEWS_URL.test(url)) add(-0.2, 'not-news address');

  const paragraphs = proseBlocks(doc);
  const { container, proseCount, proseChars } = findBody(paragraphs);
  if (proseCount >= 5 && proseChars >= 1500) add(0.3, `${proseCount} prose paragraphs`);
  else if (proseCount >= 3) add(0.1, `${proseCount} prose paragraphs`);
  else add(-0.4, 'no main column of prose');

  const body: Element[] = [];
  if (container) {
    const headline = doc.querySelector('h1');
    if (headline && !container.contains(headline) && !isFurniture(headline)) body.push(headline);
    body.push(container);
  }
  const sample = container?.textContent?.slice(0, 6000) ?? '';
  const language = pageLanguage(doc, sample);
  if (language === 'en' && sample.length > 500) {
    // Reporting is written in the third person and attributes what it states; blogs, how-tos and
    // essays talk to the reader in the first and second person.
    const words = sample.split(/\s+/).length;
    const attributions = (sample.match(ATTRIBUTION) ?? []).length / words;
    const personal = (sample.match(PERSONAL) ?? []).length / words;
    if (attributions >= 0.004) add(0.15, 'attributed statements');
    if (personal >= 0.025) add(-0.3, 'first and second person');
  }
  const clamped = Math.max(0, Math.min(1, score));
  return {
    isNews: clamped >= 0.5,
    score: Math.round(clamped * 100) / 100,
    language,
    readable: language === 'en',
    body,
    signals,
  };
}
