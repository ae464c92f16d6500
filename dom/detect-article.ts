/** Is this page a news article, and which elements hold the story? Cheap, read-only, no globals. */

import { isFurniture } from './furniture';
import {
  any,
  DATE_META,
  microdataTypes,
  hostKind,
  hostOf,
  isNewsPath,
  isNotNewsPath,
  NEWS_NAME,
  DATED_PATH,
  ID_PATH,
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
  wordCount,
  type Prose,
} from './story-prose';
import {
  ATTRIBUTION,
  BLOG_BOX,
  DATE_IN_TEXT,
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
  PERSONAL_DE,
  QUOTE_MARK,
  WE,
  WHEN,
  WIR,
} from './writing';
import type { Feature } from './detect-features';
import { AFTER_META, BIAS, THRESHOLD, WEIGHTS } from './detect-weights';
import {
  AGENCY,
  isPressRelease,
  LANGUAGE_FOLDER,
  LIST_HEADLINE,
  isOwnNewsPath,
  hasPressWords,
  selfMentions,
  siteNames,
} from './own-news';

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
  /**
   * The signals that counted, by their names in `dom/detect-features.ts` ("noProse", "teasers"; the
   * Open Graph type after a space: "ogOther product"), then STOPPED_AFTER_META or STOPPED when reading
   * stopped early. Names only: the popup says what they mean (`utils/not-news-reasons.ts`), so the
   * probe on every page ships no words for them.
   */
  signals: string[];
  /** The value of each signal that counted, by name (`dom/detect-features.ts`): only with `readAll`, for fitting. */
  features?: Partial<Record<Feature, number>>;
}

export interface DetectOptions {
  /** The page's address, when the document does not carry it (as in node). */
  url?: string;
  /** Read every signal, even once the page can no longer be news, and give their values (for fitting the weights). */
  readAll?: boolean;
}

/** The last signal of a page that can no longer be news once its metadata and prose are read. */
export const STOPPED_AFTER_META = 'stop:meta';
/** The last signal of a page that can no longer be news, found later. */
export const STOPPED = 'stop';

const SAMPLE_CHARS = 6000;
// Rates of words need a few sentences (Chinese and Japanese fit them in fewer characters).
const RATED_CHARS = 500;
// A body of prose: two or three paragraphs of a short report.
const DECLARED_NEWS_PROSE = 600;

/** 0 up to `low`, 1 from `high`, and in between in proportion: a rate as a signal's value. */
const ramp = (rate: number, low: number, high: number) =>
  Math.max(0, Math.min(1, (rate - low) / (high - low)));

/**
 * The score so far and the signals that made it, and the most that the signals not read yet could
 * add: the one bound by which reading stops early.
 */
class Tally {
  score = BIAS;
  signals: string[] = [];
  /** Each signal's value, when fitting the weights (`readAll`); other pages never keep them. */
  features?: Partial<Record<Feature, number>>;
  /** The most that the signals not read yet can add (each at most its positive weight). */
  left = AFTER_META;

  constructor(fitting: boolean) {
    if (fitting) this.features = {};
  }

  /**
   * Adds a signal with its value from 0 to 1 (nothing when 0), named in `signals` by its name, with
   * `detail` after a space when there is one ("ogOther product").
   */
  add(feature: Feature, value = 1, detail = ''): void {
    if (value <= 0) return;
    this.score += (WEIGHTS[feature] ?? 0) * value;
    if (this.features) this.features[feature] = value;
    this.signals.push(detail ? `${feature} ${detail}` : feature);
  }

  isNews(): boolean {
    return this.score >= THRESHOLD;
  }

  /** The score for the result: the chance of news it gives, between 0 and 1, to two decimals. */
  rounded(): number {
    return Math.round(100 / (1 + Math.exp(THRESHOLD - this.score))) / 100;
  }

  /** Marks `features` as read: what they could add is no longer to come. */
  read(...features: Feature[]): void {
    for (const feature of features) this.left -= gain(feature);
  }

  /** True when the signals not read yet could not make the page news. */
  cannot(): boolean {
    return this.score + this.left < THRESHOLD;
  }
}

/** The most a signal can add to a score: its weight when it speaks for news, else nothing. */
const gain = (feature: Feature) => Math.max(0, WEIGHTS[feature] ?? 0);

/**
 * The result for a page that cannot be news, once that is clear: its language as far as it was read,
 * and the container of its prose. `why` says how far it was read.
 */
function notNews(tally: Tally, language: string, container: Element | null, why: string): ArticleDetection {
  tally.signals.push(why);
  return {
    isNews: false,
    score: tally.rounded(),
    language,
    readable: language === 'en',
    body: container ? [container] : [],
    signals: tally.signals,
    features: tally.features,
  };
}

/**
 * Decides whether a document is a news article from what it says about itself (structured data,
 * Open Graph, publication date, byline, address), who publishes it (a news outlet's sections and
 * name, or an organisation's own news folder and press releases), its shape (a main column of prose
 * paragraphs) and how it is written (datelines, agency credits and attributed reporting rather than
 * first-person blogging, how-tos, code listings or wiki pages); finds the elements that hold the
 * story. Each signal adds its fitted weight (`dom/detect-weights.ts`) to the score; none gates it.
 * Reads the document; never changes it.
 *
 * Runs on every page, so the work is ordered by what it can still change: once the signals left to
 * read (the story's box, the writing, news section links) cannot lift a page over the line, they are
 * not read.
 */
export function detectArticle(doc: Document, options: DetectOptions = {}): ArticleDetection {
  const tally = new Tally(!!options.readAll);
  const add = (feature: Feature, value = 1, detail = '') => tally.add(feature, value, detail);
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
  if (type === 'news') add('newsType');
  else if (type === 'article') add('articleType');
  if (any(types, 'howTo')) add('howToType');
  // Only in JSON-LD: WordPress themes put microdata Blog and BlogPosting on every site, news too.
  else if (any(ldTypes, 'blog')) add('blogType');
  else if (!type && any(types, 'page')) add('listType');
  if (any(types, 'publisher')) add('newsPublisher');
  const ogType = meta('og:type').toLowerCase();
  if (ogType === 'article') add('ogArticle');
  else if (ogType && ogType !== 'website') add('ogOther', 1, ogType);
  if (DATE_META.some((name) => metas.has(name)) || jsonLd.includes('"datePublished"')) add('date');
  // A byline from the metadata; else an author link may give it, below.
  const byline = metas.has('author') || metas.has('article:author') || jsonLd.includes('"author"');
  if (byline) add('byline');
  if (metas.has('article:section') || metas.has('news_keywords')) add('newsMeta');
  const address = options.url ?? doc.URL ?? '';
  const paths = pagePaths(address, canonical, metas);
  const hosts = [hostKind(hostOf(address)), hostKind(hostOf(canonical))];
  if (isNotNewsPath(paths)) add('notNewsPath');
  else {
    if (isNewsPath(paths)) add('newsPath');
    if (DATED_PATH.test(paths)) add('datedPath');
    if (ID_PATH.test(paths)) add('idPath');
  }
  if (isOwnNewsPath(paths)) add('ownNewsPath');
  if (LANGUAGE_FOLDER.test(paths)) add('languagePath');
  // (Patterns run only on names the page gives: in a new renderer, compiling each one costs.)
  const siteName = `${meta('og:site_name')} ${meta('application-name')} ${meta('publisher')}`;
  const named = siteName.length > 2;
  const generator = meta('generator');
  if (named && NEWS_NAME.test(siteName)) add('newsName');
  if (
    (named && /\bblog/i.test(siteName)) ||
    (generator && /\bblogger\b/i.test(generator)) ||
    hosts.includes('blog')
  )
    add('blogName');
  if (hosts.includes('institution')) add('institution');
  const wiki = generator.toLowerCase().startsWith('mediawiki') || !!doc.getElementById('mw-content-text');
  if (wiki) add('wiki');
  const title = meta('og:title') || doc.title;
  if (hasPressWords(title) || hasPressWords(paths)) add('pressTitle');
  if (LIST_HEADLINE.test(title)) add('listTitle');

  // Its shape: one main column of prose.
  if (paragraphs >= 5 && length >= 1500) add('prose');
  else if (paragraphs >= 3) add('someProse');
  else add('noProse');
  add('length', Math.min(1, length / 6000));

  // A page this far under the line is not news, and the rest is not read. A page that declares
  // itself a news article and holds a body of prose is read to the end, whatever its markup.
  const declaredNews = type === 'news' && length >= DECLARED_NEWS_PROSE;
  const readAll = declaredNews || !!options.readAll;
  // Rates of words need a few sentences: a shorter story's writing is not rated.
  const rated = length > RATED_CHARS;
  if (!rated) tally.read('reporting', 'when', 'dates', 'quotes');
  if (!readAll && tally.cannot()) return notNews(tally, declared, container, STOPPED_AFTER_META);

  // The rest is read only while it can still lift the page over the line: each signal read takes
  // what it could add off what is left to come (`Tally.left`), and the page stops as soon as the rest
  // could not. So the cheap signals come first and, of those, the strongest and what speaks against
  // news: the story's box and dateline, teasers and code listings, the news sections it links to;
  // only then the patterns run on the story's sample (an agency's credit, attributions, quotes, days and
  // dates), which
  // most pages that are not news never reach; then what can only pull a page under (a press release,
  // its own site named again and again, first-person writing, a how-to), and the headline and
  // standfirst join the body.
  // Once the sample is read, the language is the one the full reading would give (`pageLanguage`:
  // two patterns over the sample); before, only the declared one is known.
  let sample = '';
  const stop = () => notNews(tally, sample ? pageLanguage(declared, sample) : declared, container, STOPPED);
  const cannot = () => !readAll && tally.cannot();

  // What the site calls the story's boxes: "story", "news" or "blog" ("story-body", "category-news").
  let names = '';
  for (let e = container; e && e.tagName !== 'BODY'; e = e.parentElement)
    names += ` ${e.getAttribute('class') ?? ''} ${e.id}`;
  const newsBox = namesWord(names, NEWS_BOX);
  const blogBox = namesWord(names, BLOG_BOX);
  if (newsBox && !blogBox) add('newsBox');
  if (blogBox && !newsBox) add('blogBox');
  tally.read('newsBox');

  // How it is written, from a sample of the story's paragraphs in page order: reporting opens with
  // a dateline or an agency's credit and attributes what it states; a press release says so.
  if (!ordered) inside.sort((a, b) => (a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1));
  for (const block of inside) {
    if (sample.length >= SAMPLE_CHARS) break;
    sample += `${block.text}\n`;
  }
  if (DATELINE.test(sample.slice(0, 400))) add('dateline');
  tally.read('dateline');
  // From here the cheap signals first, and the strongest: the page stops as soon as what is left
  // to read could not lift it over the line.
  if (cannot()) return stop();

  // Home pages and section fronts list teasers: headlines that link to other pages, each over a
  // paragraph or two.
  if (container) {
    let linkedHeadlines = 0;
    for (const tag of ['h2', 'h3'])
      for (const heading of container.getElementsByTagName(tag))
        // (Teasers in a box of furniture inside the story's container are that box's, not the page's.)
        if ((heading.getElementsByTagName('a').length || heading.closest('a')) && !isFurniture(heading))
          linkedHeadlines++;
    if (linkedHeadlines >= 5 && linkedHeadlines * 400 > length) add('teasers');
    if (container.getElementsByTagName('pre').length >= 3) add('code');
    if (cannot()) return stop();
  }

  // Who publishes it: a news outlet links to its sections.
  const links = readLinks(doc, !byline);
  if (links.author) add('authorLink');
  if (links.sections >= 5 && links.hardSections >= 2) add('sections');
  else if (links.sections >= 3 && links.hardSections >= 1) add('someSections');
  if (links.editable && !wiki) add('editable');
  add('organisationLinks', ramp(links.organisation, 0, 3));
  add('outletLinks', ramp(links.outlet, 0, 3));
  // (A page has one of the two: the larger weight was all they could add.)
  tally.left -= Math.max(gain('sections'), gain('someSections'));
  tally.read('authorLink', 'outletLinks');
  if (cannot()) return stop();

  if (AGENCY.test(sample)) add('agency');
  tally.read('agency');
  const words = rated ? wordCount(sample) + (sample.match(CJK)?.length ?? 0) / 2 : 0;
  if (rated) {
    // Graded: from a few attributions in a long text to one in every hundred words or more.
    const attributed = credits ? 1 : Math.min(1, (sample.match(ATTRIBUTION) ?? []).length / words / 0.01);
    add('reporting', attributed);
    tally.read('reporting');
    if (cannot()) return stop();
    add('quotes', Math.min(1, (sample.match(QUOTE_MARK) ?? []).length / words / 0.01));
    add('when', Math.min(1, (sample.match(WHEN) ?? []).length / 3));
    add('dates', Math.min(1, (sample.match(DATE_IN_TEXT) ?? []).length / 3));
    tally.read('quotes', 'when', 'dates');
  }
  // Nothing left can add: what follows only speaks against news.
  if (cannot()) return stop();

  if (isPressRelease(sample)) add('pressRelease');
  // An organisation's own news names the organisation, its publisher, again and again.
  const self = selfMentions(sample, siteNames(siteName, hostOf(address)));
  add('selfNamed', ramp(self, 1, 5));

  const language = pageLanguage(declared, sample);
  if (rated) {
    // Not what it quotes: reports quote people speaking of themselves.
    const own = unquotedText(sample);
    // Blogs, essays and how-tos talk about "I" and to "you". English only: the pronoun list is
    // English, and other languages must not lose points for it.
    const personal =
      language === 'en'
        ? (own.match(FIRST_PERSON) ?? []).length + (own.match(PERSONAL) ?? []).length
        : language === 'de'
          ? (own.match(PERSONAL_DE) ?? []).length
          : 0;
    // (A report has a few: "we" in a quote the sample missed, "you" in an aside.)
    add('personal', ramp(personal / words, 0.02, 0.06));
    // A company, a team or an association telling its own story ("we built", "unser Verband").
    const we = language === 'en' ? WE : language === 'de' ? WIR : null;
    if (we) add('we', ramp((own.match(we) ?? []).length / words, 0.01, 0.04));
  }
  const headline = findHeadline(doc, title, container);
  // Headlines report on others; a first-person one tells the writer's own story.
  if (language === 'en' && FIRST_PERSON_HEADLINE.test(unquoted(headline?.textContent || title)))
    add('firstPersonHeadline');
  if (HOW_TO.test(headline?.textContent || title)) add('howTo');
  // Explainers ask what their reader wants to know ("Was ist Innovation?"); reports tell.
  if ((headline?.textContent || title).includes('?')) add('questionHeadline');

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
    isNews: tally.isNews(),
    score: tally.rounded(),
    language,
    readable: language === 'en',
    body,
    signals: tally.signals,
    features: tally.features,
  };
}
