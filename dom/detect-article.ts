/** Is this page a news article, and which elements hold the story? Cheap, read-only, no globals. */

import { isFurniture } from './furniture';
import {
  any,
  DATE_META,
  microdataTypes,
  hostKind,
  hostOf,
  NEWS_NAME,
  NEWS_PATH,
  NOT_NEWS_PATH,
  pagePaths,
  readLinks,
  readPageData,
  typeNames,
} from './page-data';
import {
  CJK,
  CJK_TEXT,
  findContainer,
  findHeadline,
  findStandfirst,
  readProse,
  weightedLength,
  wordCount,
  type Prose,
} from './story-prose';
import {
  ATTRIBUTION,
  BLOG_BOX,
  DATELINE,
  declaredLanguage,
  FIRST_PERSON,
  FIRST_PERSON_HEADLINE,
  HOW_TO,
  namesWord,
  NEWS_BOX,
  pageLanguage,
  PERSONAL,
  unquoted,
  unquotedText,
  WE,
} from './writing';

export { isFurniture };

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

const SAMPLE_CHARS = 6000;
// Midway between the news pages with the fewest signals (0.5: an article with one news signal)
// and the other articles with the most (0.4) in the labelled corpus.
const NEWS_THRESHOLD = 0.45;
// One sign of news at least.
const MIN_NEWS_EVIDENCE = 0.1;
// A body of prose: two or three paragraphs of a short report.
const DECLARED_NEWS_PROSE = 600;

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
  blogName: -0.3,
  institution: -0.15,
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
  /** Points from signals only news has (not those of any article: Open Graph, date, byline, prose). */
  news = 0;
  signals: string[] = [];

  add(points: number, signal: string, news = false): void {
    this.score += points;
    if (news) this.news += points;
    this.signals.push(signal);
  }

  /**
   * News: over the line, with at least one sign that only news gives, or well over it (an article's
   * own signals alone, Open Graph type, date and prose, make any blog post or company page
   * article-shaped and reach the line just so).
   */
  isNews(score: number): boolean {
    return score >= NEWS_THRESHOLD && (this.news >= MIN_NEWS_EVIDENCE || score >= NEWS_THRESHOLD + 0.1);
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
  const add = (points: number, signal: string, news = false) => tally.add(points, signal, news);
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
  if (type === 'news') add(W.newsType, 'structured data: NewsArticle', true);
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
  if (metas.has('article:section') || metas.has('news_keywords')) add(W.newsMeta, 'news metadata', true);
  const address = options.url ?? doc.URL ?? '';
  const paths = pagePaths(address, canonical, metas);
  const hosts = [hostKind(hostOf(address)), hostKind(hostOf(canonical))];
  if (NOT_NEWS_PATH.test(paths)) add(W.notNewsPath, 'not-news address');
  else if (NEWS_PATH.test(paths)) add(W.newsPath, 'news address', true);
  // (Patterns run only on names the page gives: in a new renderer, compiling each one costs.)
  const siteName = `${meta('og:site_name')} ${meta('application-name')} ${meta('publisher')}`;
  const named = siteName.length > 2;
  const generator = meta('generator');
  if ((named && NEWS_NAME.test(siteName)) || any(types, 'publisher')) add(W.newsName, 'news outlet', true);
  if (
    (named && /\bblog/i.test(siteName)) ||
    (generator && /\bblogger\b/i.test(generator)) ||
    hosts.includes('blog')
  )
    add(W.blogName, 'blog');
  if (hosts.includes('institution')) add(W.institution, "an institution's site");
  const wiki = generator.toLowerCase().startsWith('mediawiki') || !!doc.getElementById('mw-content-text');
  if (wiki) add(W.wiki, 'wiki or documentation');

  // Its shape: one main column of prose.
  if (paragraphs >= 5 && length >= 1500) add(W.prose, `${paragraphs} prose paragraphs`);
  else if (paragraphs >= 3) add(W.prose / 2, `${paragraphs} prose paragraphs`);
  else add(W.noProse, 'no main column of prose');

  // The most the rest can add: news section links and an author link, a box named for news, and
  // the writing. A page this far under the line is not news, and none of it is read.
  // A page that declares itself a news article and holds a body of prose is news, whatever else it
  // shows: it is read to the end.
  const declaredNews = type === 'news' && length >= DECLARED_NEWS_PROSE;
  const rest = W.sections + (byline ? 0 : W.byline) + W.newsBox + W.dateline + W.reporting;
  if (!declaredNews && tally.short(rest))
    return notNews(tally, declared, container, 'too few signs of news to read the text');
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
    declaredNews,
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
  /** The page declares a news article and holds a body of prose. */
  declaredNews: boolean;
}

/**
 * The rest of the decision for a page that may be news, apart so that other pages never compile
 * it. The signals that can still lift the page come first, cheapest first (the story's box, its
 * dateline and attributions, the news sections it links to), and the page stops as soon as it cannot
 * reach the line; then what speaks against news (teasers, first-person writing, a how-to, code), and
 * the headline and standfirst join the body.
 */
function readStory(doc: Document, tally: Tally, story: Story): ArticleDetection {
  const { title, container, inside, ordered, length, declared, credits, byline, wiki, declaredNews } = story;
  const add = (points: number, signal: string, news = false) => tally.add(points, signal, news);
  const stop = () => notNews(tally, declared, container, 'too few signs of news to read on');
  const short = (gain: number) => !declaredNews && tally.short(gain);

  // What the site calls the story's boxes: "story", "news" or "blog" ("story-body", "category-news").
  let names = '';
  for (let e = container; e && e.tagName !== 'BODY'; e = e.parentElement)
    names += ` ${e.getAttribute('class') ?? ''} ${e.id}`;
  const newsBox = namesWord(names, NEWS_BOX);
  const blogBox = namesWord(names, BLOG_BOX);
  if (newsBox && !blogBox) add(W.newsBox, 'story in a box named for news', true);
  if (blogBox && !newsBox) add(W.blogBox, 'story in a box named for a blog');

  // How it is written, from a sample of the story's paragraphs in page order: reporting opens with
  // a dateline and attributes what it states.
  if (!ordered) inside.sort((a, b) => (a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1));
  let sample = '';
  for (const block of inside) {
    if (sample.length >= SAMPLE_CHARS) break;
    sample += `${block.text}\n`;
  }
  if (DATELINE.test(sample.slice(0, 400))) add(W.dateline, 'dateline', true);
  // Rates need a few sentences (Chinese and Japanese fit them in fewer characters).
  const rated = weightedLength(sample) > 500;
  const words = rated ? wordCount(sample) + (sample.match(CJK)?.length ?? 0) / 2 : 0;
  if (rated && ((sample.match(ATTRIBUTION) ?? []).length / words >= 0.004 || credits))
    add(W.reporting, 'attributed reporting', true);
  if (short(W.sections + (byline ? 0 : W.byline))) return stop();

  // Who publishes it: a news outlet links to its sections.
  const links = readLinks(doc, !byline);
  if (links.author) add(W.byline, 'byline');
  const sections = `${links.sections} news sections (${links.hardSections} only news sites have)`;
  if (links.sections >= 5 && links.hardSections >= 2) add(W.sections, sections, true);
  else if (links.sections >= 3 && links.hardSections >= 1) add(W.sections / 2, sections, true);
  if (links.editable && !wiki) add(W.wiki, 'wiki or documentation');
  if (short(0)) return stop();

  // Home pages and section fronts list teasers: headlines that link to other pages, each over a
  // paragraph or two.
  if (container) {
    let linkedHeadlines = 0;
    for (const tag of ['h2', 'h3'])
      for (const heading of container.getElementsByTagName(tag))
        // (Teasers in a box of furniture inside the story's container are that box's, not the page's.)
        if ((heading.getElementsByTagName('a').length || heading.closest('a')) && !isFurniture(heading))
          linkedHeadlines++;
    if (linkedHeadlines >= 5 && linkedHeadlines * 400 > length) add(W.teasers, `${linkedHeadlines} teasers`);
    if (short(0)) return stop();
  }

  const language = pageLanguage(declared, sample);
  // Blogs, essays and how-tos talk about "I" and to "you". English only: the pronoun list is
  // English, and other languages must not lose points for it.
  if (rated && language === 'en') {
    // Not what it quotes: reports quote people speaking of themselves.
    const own = unquotedText(sample);
    const personal = ((own.match(FIRST_PERSON) ?? []).length + (own.match(PERSONAL) ?? []).length) / words;
    if (personal >= 0.045) add(W.personal, 'written in the first and second person');
    else if (personal >= 0.035) add(W.personal / 2, 'partly in the first and second person');
    // A company or team telling its own story ("we built", "our survey").
    if ((own.match(WE) ?? []).length / words >= 0.025) add(W.we, 'written as "we"');
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
    isNews: tally.isNews(score),
    score,
    language,
    readable: language === 'en',
    body,
    signals: tally.signals,
  };
}
