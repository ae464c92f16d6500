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
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'HEADER', 'MENU']);
const MIN_PARAGRAPH = 80;

function meta(doc: Document, name: string): string {
  const element = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
  return element?.getAttribute('content')?.trim() ?? '';
}

/** True when the element or an ancestor is page furniture (navigation, comments, related links...). */
export function isFurniture(element: Element): boolean {
  for (let e: Element | null = element; e && e.tagName !== 'BODY'; e = e.parentElement) {
    if (FURNITURE_TAGS.has(e.tagName) && e.tagName !== 'HEADER') return true;
    const label = `${e.getAttribute('class') ?? ''} ${e.id}`;
    if (label.length > 1 && FURNITURE.test(label)) return true;
    if (e.getAttribute('role') === 'navigation' || e.getAttribute('role') === 'complementary') return true;
  }
  return false;
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

  const paragraphs = [...doc.querySelectorAll('p')];
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
  const sample = container?.textContent?.slice(0, 2000) ?? '';
  const language = pageLanguage(doc, sample);
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
