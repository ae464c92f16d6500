/**
 * Renders a bundled source text as the page of a made-up news site, so the extension can be tried
 * and tested on a realistic article whose exact text is known. Markup only: no DOM, no files.
 */
import type { SourceText } from '../../utils/source-text';

/** How a source page is rendered. */
export interface NewsPageOptions {
  /** The made-up outlet that publishes the page. */
  outlet?: string;
  /**
   * Wraps a few words in inline elements without changing the text, as real sites do: in every
   * third paragraph (the 3rd, 6th...) the first number goes in `<b>` (`<b>22</b> million`), and in
   * every second paragraph the 2nd and 5th capitalised words go in `<a href="#">`.
   */
  inlineMarkup?: boolean;
  /** The page's own address, for the canonical link and og:url. */
  url?: string;
  /** Renders only the first N story paragraphs, for pages that load the rest later. */
  paragraphLimit?: number;
  /** Inline script for the end of `<body>`. Trusted: the caller keeps `</script` out (`scriptJson`). */
  script?: string;
}

/** One story paragraph and where its text starts in `source.text`. */
export interface StoryParagraph {
  text: string;
  start: number;
}

/** The made-up outlet of the pages unless an option names another. */
export const DEFAULT_OUTLET = 'The Daily Ledger';

const HEADLINE_MAX = 140;

// A blank line: a line break, then one or more lines that are empty or hold only spaces and tabs.
const PARAGRAPH_BREAK = /\r?\n(?:[ \t]*\r?\n)+/g;
const LEADING_BLANK_LINES = /^(?:[ \t]*\r?\n)+/;
const TRAILING_LINE_BREAKS = /(?:\r?\n[ \t]*)+$/;

/**
 * Splits a source's text into the paragraphs the page shows, each exactly as in the text.
 * Paragraphs are separated by blank lines (lines that are empty or hold only spaces and tabs);
 * blank lines at the start and line breaks and blank lines at the end of the text belong to no
 * paragraph. Everything else is kept: single line breaks inside a paragraph, leading and trailing
 * spaces (source 003 starts with a space). So `source.text.slice(p.start, p.start + p.text.length) === p.text`.
 */
export function storyParagraphs(text: string): StoryParagraph[] {
  const offset = text.match(LEADING_BLANK_LINES)?.[0].length ?? 0;
  const trailing = text.slice(offset).match(TRAILING_LINE_BREAKS);
  const end = trailing?.index === undefined ? text.length : offset + trailing.index;
  const body = text.slice(offset, end);
  const paragraphs: StoryParagraph[] = [];
  let start = 0;
  for (const gap of body.matchAll(PARAGRAPH_BREAK)) {
    paragraphs.push({ text: body.slice(start, gap.index), start: offset + start });
    start = gap.index + gap[0].length;
  }
  paragraphs.push({ text: body.slice(start), start: offset + start });
  return paragraphs.filter((p) => /\S/.test(p.text));
}

/**
 * The page's `<h1>`: the source's `headline` header when it has one; otherwise the lead's first
 * sentence, trimmed and without its full stop, and when longer than 140 characters cut at its last
 * comma, semicolon or dash before the 140th (else at the last space, ended with "…"); `Report <id>`
 * when the text is empty. The h1 sits in the article's header, outside `.story-body`, and is not one
 * of the story paragraphs.
 */
export function pageHeadline(source: SourceText): string {
  if (source.headline) return source.headline;
  const lead = (storyParagraphs(source.text)[0]?.text ?? '').replace(/\s+/g, ' ').trim();
  const sentence = lead.match(/^.+?[.!?](?=\s+["“‘]?\p{Lu}|$)/u)?.[0] ?? lead;
  const first = sentence.replace(/\.$/, '');
  if (!first) return `Report ${source.id}`;
  if (first.length <= HEADLINE_MAX) return first;
  const head = first.slice(0, HEADLINE_MAX);
  const clause = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(' – '));
  if (clause > HEADLINE_MAX / 3) return head.slice(0, clause);
  const cut = head.lastIndexOf(' ');
  return `${head.slice(0, cut > 0 ? cut : HEADLINE_MAX)}…`;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // The HTML parser turns a raw CR into LF; a reference keeps it. (A NUL cannot survive parsing at all.)
  '\r': '&#13;',
};

/** Escapes text for HTML text and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'\r]/g, (c) => ESCAPES[c]);
}

/** JSON safe inside an inline `<script>`: `<`, `>`, `&` as \u escapes, so text cannot close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

interface InlineRange {
  start: number;
  end: number;
  open: string;
  close: string;
}

const NUMBER = /\d+(?:[.,:]\d+)*/;
const CAPITALISED = /\p{Lu}\p{Ll}+/gu;

/** Where inlineMarkup puts its elements in paragraph `index` (see NewsPageOptions.inlineMarkup). */
function inlineRanges(text: string, index: number): InlineRange[] {
  const ranges: InlineRange[] = [];
  const number = index % 3 === 2 ? text.match(NUMBER) : null;
  if (number?.index !== undefined)
    ranges.push({ start: number.index, end: number.index + number[0].length, open: '<b>', close: '</b>' });
  if (index % 2 === 1) {
    // Skip the first capitalised word, usually the sentence's start, to land on names.
    const words = [...text.matchAll(CAPITALISED)].filter((_, i) => i === 1 || i === 4);
    for (const word of words) {
      const start = word.index;
      const end = start + word[0].length;
      if (ranges.some((r) => start < r.end && r.start < end)) continue;
      ranges.push({ start, end, open: '<a href="#">', close: '</a>' });
    }
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/** A paragraph's markup: its escaped text with the given non-overlapping elements around parts of it. */
function paragraphHtml(text: string, ranges: InlineRange[]): string {
  let html = '';
  let at = 0;
  for (const range of ranges) {
    html += escapeHtml(text.slice(at, range.start));
    html += range.open + escapeHtml(text.slice(range.start, range.end)) + range.close;
    at = range.end;
  }
  return `<p>${html}${escapeHtml(text.slice(at))}</p>`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2022-07-20" as "July 20, 2022"; any other date as written. */
function displayDate(date: string): string {
  const match = date.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${month} ${Number(match[3])}, ${match[1]}` : date;
}

/** The leading code of the source's `language` header ("en (translated from French)"), else English. */
function pageLanguage(source: SourceText): string {
  return source.language?.match(/^[a-z]{2,3}(?:-[a-z0-9]+)?\b/i)?.[0].toLowerCase() ?? 'en';
}

/** The first paragraph that is not the headline, shortened for a meta description. */
function description(paragraphs: StoryParagraph[], headline: string): string {
  const lead =
    paragraphs
      .find((p) => p.text.trim() !== headline)
      ?.text.replace(/\s+/g, ' ')
      .trim() ?? '';
  if (lead.length <= 200) return lead;
  return `${lead.slice(0, lead.lastIndexOf(' ', 200))}…`;
}

function joinNames(names: string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

// The furniture around the story. One leader-like title and one number each in the sidebar and the
// comments, so tests can check that highlighting stays inside the story.
const SECTIONS = ['World', 'Politics', 'Business', 'Science', 'Culture', 'Sport', 'Opinion'];
const RELATED = [
  'Prime Minister Jane Doe visits flooded river towns',
  'City council approves new cycle lanes after long debate',
  'Farmers count 3 million lost seedlings after late frost',
  'Museum reopens its restored glass pavilion',
  'How one village learned to love the night bus',
  'Review: a slow, generous film about lighthouse keepers',
];
const COMMENTS = [
  {
    author: 'River Watcher',
    text: 'I wonder what Prime Minister Jane Doe would make of all this. Nobody asked the people who live near the border.',
  },
  {
    author: 'Marta K.',
    text: 'Nearly 3 million people will read stories like this and nothing changes. Still, thanks for the clear reporting.',
  },
];

const STYLE = `
body { margin: 0; background: #fbfaf6; color: #1f1f1f; font: 18px/1.6 Georgia, 'Times New Roman', serif; }
a { color: #1d4f91; }
.masthead { text-align: center; padding: 1.2rem 1rem 0.6rem; border-bottom: 3px double #1f1f1f; }
.brand { font-size: 2.4rem; font-weight: bold; color: inherit; text-decoration: none; }
.tagline, .sections, .byline, .meta, .related, .comments, .site-footer { font-family: Helvetica, Arial, sans-serif; }
.tagline { margin: 0; color: #666; font-size: 0.85rem; }
.sections ul { display: flex; flex-wrap: wrap; justify-content: center; gap: 1.4rem; list-style: none; }
.sections ul { margin: 0; padding: 0.6rem; border-bottom: 1px solid #ddd; font-size: 0.9rem; }
.sections a { color: inherit; text-decoration: none; }
.layout { display: grid; grid-template-columns: minmax(0, 40rem) 15rem; gap: 3rem; justify-content: center; padding: 2rem 1rem; }
.kicker { margin: 0; color: #a3231f; text-transform: uppercase; font: bold 0.8rem Helvetica, Arial, sans-serif; }
h1 { font-size: 2.1rem; line-height: 1.2; margin: 0.3rem 0 0.8rem; }
.byline, .meta { color: #555; font-size: 0.9rem; }
.story-body p { white-space: pre-line; }
.related { border-top: 3px solid #1f1f1f; font-size: 0.95rem; }
.related h2, .comments h2 { font-size: 1.15rem; }
.related ul { padding-left: 1.1rem; }
.related li { margin-bottom: 0.7rem; }
.comments { margin-top: 2.5rem; border-top: 1px solid #ddd; font-size: 0.95rem; }
.comment-author { font-weight: bold; margin-bottom: 0; }
.site-footer { padding: 1.5rem; text-align: center; color: #666; font-size: 0.85rem; border-top: 1px solid #ddd; }
@media (max-width: 60rem) { .layout { grid-template-columns: minmax(0, 1fr); } }
@media (prefers-color-scheme: dark) {
  body { background: #16181c; color: #e4e2dc; }
  a { color: #8ab4f8; }
  .masthead, .related { border-color: #e4e2dc; }
  .tagline, .byline, .meta, .site-footer { color: #a8a6a0; }
  .kicker { color: #f28b82; }
}
`;

/**
 * A complete HTML page presenting `source` as an article of a made-up outlet: head metadata
 * (description, Open Graph, article:published_time from `source.date`, NewsArticle JSON-LD), a
 * masthead, section `<nav>`, `<main><article>` with the headline and story, a related-links
 * `<aside>`, a comments section and a footer.
 *
 * How the page maps to the source text: the `<h1>` is `pageHeadline(source)`, outside the story;
 * the story is `<div class="story-body">` in `<article>`, with one `<p>` per paragraph of
 * `storyParagraphs(source.text)`, in order, whose textContent is that paragraph byte for byte
 * (even when the first paragraph repeats the headline). No other `<p>` is in `<article>` except
 * within `.story-body`; the byline and date are `<div>`s.
 */
export function renderNewsPage(source: SourceText, options: NewsPageOptions = {}): string {
  const outlet = options.outlet ?? DEFAULT_OUTLET;
  const headline = pageHeadline(source);
  const allParagraphs = storyParagraphs(source.text);
  const paragraphs = allParagraphs.slice(0, options.paragraphLimit ?? allParagraphs.length);
  const lang = pageLanguage(source);
  const byline = source.byline ?? [];
  const authors = byline.length
    ? byline.map((name) => ({ '@type': 'Person', name }))
    : [{ '@type': 'Organization', name: source.agency ?? outlet }];
  const structured = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    description: description(allParagraphs, headline),
    ...(source.date ? { datePublished: source.date } : {}),
    ...(source.dateline ? { dateline: source.dateline } : {}),
    inLanguage: lang,
    author: authors,
    publisher: { '@type': 'NewsMediaOrganization', name: outlet },
    ...(options.url ? { mainEntityOfPage: options.url } : {}),
  };
  const meta = (key: 'name' | 'property', name: string, content: string) =>
    `<meta ${key}="${name}" content="${escapeHtml(content)}">`;

  const credit = byline.length
    ? `By ${joinNames(byline.map((name) => `<span class="author">${escapeHtml(name)}</span>`))}${
        source.agency ? `, <span class="agency">${escapeHtml(source.agency)}</span>` : ''
      }`
    : `By <span class="agency">${escapeHtml(source.agency ?? `${outlet} staff`)}</span>`;
  const when = [
    source.dateline ? `<span class="dateline">${escapeHtml(source.dateline)}</span>` : '',
    source.date
      ? `<time datetime="${escapeHtml(source.date)}">${escapeHtml(displayDate(source.date))}</time>`
      : '',
    source.updated ? `<span class="updated">Updated ${escapeHtml(source.updated)}</span>` : '',
  ].filter(Boolean);
  const story = paragraphs
    .map((p, i) => paragraphHtml(p.text, options.inlineMarkup ? inlineRanges(p.text, i) : []))
    .join('\n');

  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${headline} – ${outlet}`)}</title>
${meta('name', 'description', structured.description)}
${byline.length ? meta('name', 'author', byline.join(', ')) : ''}
${meta('property', 'og:type', 'article')}
${meta('property', 'og:site_name', outlet)}
${meta('property', 'og:title', headline)}
${meta('property', 'og:description', structured.description)}
${options.url ? `${meta('property', 'og:url', options.url)}\n<link rel="canonical" href="${escapeHtml(options.url)}">` : ''}
${source.date ? meta('property', 'article:published_time', source.date) : ''}
${meta('property', 'article:section', 'World')}
<script type="application/ld+json">${scriptJson(structured)}</script>
<style>${STYLE}</style>
</head>
<body>
<header class="masthead">
<a class="brand" href="/">${escapeHtml(outlet)}</a>
<p class="tagline">Independent reporting, every morning</p>
</header>
<nav class="sections" aria-label="Sections">
<ul>${SECTIONS.map((name) => `<li><a href="#${name.toLowerCase()}">${name}</a></li>`).join('')}</ul>
</nav>
<div class="layout">
<main>
<article>
<header class="story-header">
<div class="kicker">World</div>
<h1>${escapeHtml(headline)}</h1>
<div class="byline">${credit}</div>
${when.length ? `<div class="meta">${when.join(' · ')}</div>` : ''}
</header>
<div class="story-body">
${story}
</div>
</article>
<section class="comments" aria-label="Comments">
<h2>Comments (${COMMENTS.length})</h2>
${COMMENTS.map(
  (c) =>
    `<div class="comment">\n<p class="comment-author">${escapeHtml(c.author)}</p>\n<p>${escapeHtml(c.text)}</p>\n</div>`,
).join('\n')}
</section>
</main>
<aside class="related" aria-label="Related stories">
<h2>More from ${escapeHtml(outlet)}</h2>
<ul>
${RELATED.map((title) => `<li><a href="#">${escapeHtml(title)}</a></li>`).join('\n')}
</ul>
</aside>
</div>
<footer class="site-footer">
<p>${escapeHtml(outlet)} is a made-up outlet for trying Newslens; its stories are the project's bundled source texts.</p>
</footer>
${options.script ? `<script>${options.script}</script>\n` : ''}</body>
</html>
`;
}

/** Options of the demo index. */
export interface DemoIndexOptions {
  outlet?: string;
  /** Names of the saved real pages served at `/pages/<name>.html`. */
  corpusPages?: string[];
}

/**
 * A plain list of links to the fixture server's pages: each source as an article (`/news/<id>.html`),
 * with inline markup (`-inline`), and with content added later (`/dynamic/<id>.html`, `?more=1`),
 * then the saved real pages. Not a news article itself.
 */
export function renderDemoIndex(sources: SourceText[], options: DemoIndexOptions = {}): string {
  const outlet = options.outlet ?? DEFAULT_OUTLET;
  const link = (href: string, text: string) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
  const items = sources.map((source) => {
    const id = encodeURIComponent(source.id);
    return `<li>${link(`/news/${id}.html`, pageHeadline(source))} (${[
      link(`/news/${id}-inline.html`, 'inline markup'),
      link(`/dynamic/${id}.html`, 'dynamic'),
      link(`/dynamic/${id}.html?more=1`, 'read more'),
    ].join(', ')})</li>`;
  });
  const pages = (options.corpusPages ?? []).map(
    (name) => `<li>${link(`/pages/${encodeURIComponent(name)}.html`, name)}</li>`,
  );
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Newslens demo pages</title>
</head>
<body>
<h1>Newslens demo pages</h1>
<h2>${escapeHtml(outlet)} articles from the bundled sources</h2>
<ul>
${items.join('\n')}
</ul>
${pages.length ? `<h2>Saved real pages</h2>\n<ul>\n${pages.join('\n')}\n</ul>\n` : ''}</body>
</html>
`;
}
