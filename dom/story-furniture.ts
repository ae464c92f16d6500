/**
 * What inside the story's container is not the story: the reader skips it when it reads the body
 * (and so never highlights it). Detection's furniture (navigation, comments, related boxes named as
 * such) plus what sites put between a story's paragraphs without naming it: link lists and teasers
 * ("Related coverage", "Read more: ..."), their labels, captions and credits, bylines and datelines,
 * "Advertisement" lines. Runs only on news pages, once per element of the body.
 */

import { CONTENT, isFurnitureBox, isFurnitureName } from './furniture';
import { INLINE_ELEMENTS } from './text-index';

// Names of the parts around a story's paragraphs that are not the story: captions and credits,
// bylines and datelines, tag lists, inline link boxes, notices to the reader (an advertisers'
// disclosure, a box asking for an e-mail address, a paywall's call to subscribe; not a disclaimer,
// which reader-mode bodies keep as the story's last line, nor a bare "paywall", which sites put on
// the gated story itself: "article-body paywall"). Unlike
// detection's furniture words, a content word in the same name does not save them ("article-byline",
// "story-body__link", "article-email-capture").
const STORY_PARTS =
  /(?:^|[\s_-])(?:captions?|figcaption|credits?|copyright|byline|bylines|dateline|timestamp|author|authors|tags|tag-list|keywords|newsletter|promo|ad|ads|advert|advertisement|sponsored|share-tools|social-share|disclosures?|e-?mail|paywall-(?:prompt|offer|message|cta|notice)|account-paywall)(?:$|[\s_-])/i;
// Names of boxes of links to other pages: one that holds no link is the story's own ("intext-links").
const LINK_PARTS =
  /(?:^|[\s_-])(?:related-links?|read-more|readmore|more-on|also-read|inline-links?|links?)(?:$|[\s_-])/i;
// A short block that only labels the furniture after it, or is an ad's label ("Advertisement",
// "Related coverage", "Read more", "Also on ..."), in the languages the analysis meets.
const LABEL =
  /^(?:advertisement|advertising|ad|sponsored(?: content)?|related(?: coverage| stories| articles| content| topics| news| links)?|read more|read also|see also|also on\b.*|also read|more (?:from|in|on|about)\b.*|more stories|trending(?: now| news| stories)?|recommended(?: for you| stories| reading)?|further reading|you (?:may|might) also like|top stories|most (?:read|popular|viewed)|editor'?s picks|share(?: this(?: \w+)?)?|(?:did you )?(?:like|enjoy(?:ed)?) this (?:story|article|post)\?.*|anzeige|werbung|mehr zum thema|lesen sie auch|auch interessant|das könnte sie auch interessieren|publicité|lire aussi|à lire aussi|publicidad|lea también|te puede interesar)[\s:.…»›→-]*$/i;
const HEADING = /^H[2-6]$/;
// A line that speaks to the reader about the page rather than the story: a call to follow the site,
// write in or sign up for its newsletter, a copyright notice, a citation box ("Follow Newsbeat on
// Instagram, Facebook...", "We'd like to hear what you think", "Sign up for ... to get the free daily
// newsletter", "This document is subject to copyright").
const NOTICE =
  /^follow\b.{0,80}\b(?:facebook|twitter|instagram|youtube|linkedin|tiktok)\b|\b(?:sign up|subscribe)\b[^.!?]{0,120}\b(?:newsletter|inbox)\b|\b(?:abonnieren sie|melden sie sich)\b[^.!?]{0,60}\bnewsletter\b|\b(?:inscrivez-vous|abonnez-vous)\b[^.!?]{0,60}\bnewsletter\b|\b(?:we(?:'|’)d (?:like|love)|we want) to hear (?:what you think|from you)\b|^(?:©|copyright\b)|\ball rights reserved\.?$|^this (?:\w+ ){0,2}is subject to copyright\b|^citation\s*:/i;
// The most text such a line holds.
const NOTICE_TEXT = 300;
// A byline or dateline line: "By Jane Doe, BBC News, New York", "Written by: Jane Doe".
const BYLINE =
  /^(?:(?:[Ww]ritten|[Rr]eported|[Rr]eporting|[Tt]ext|[Pp]hotos?|[Pp]osted|[Pp]ublished) [Bb]y|[Bb]y|[Vv]on|[Pp]ar|[Pp]or)\s*:?\s+\p{Lu}[^.!?]*$/u;
// A picture's credit or caption line, by its label: "Crédits photos : Bestimage", "Header Image: ...",
// "Featured image by Jane Doe".
const PICTURE_LINE =
  /^[\p{L} ]{0,20}\b(?:(?:fotos?|photos?|bild(?:er)?|images?|pictures?|crédits?|credits?|crédito)\s*:|(?:fotos?|photos?|images?|pictures?) (?:by|courtesy)\b)/iu;
// Boxes named for a picture, its caption or credit ("imagedescription", "img-metadata", "legend"):
// matched anywhere in a name, as such names run words together. Only short boxes are skipped.
const PICTURE_PART = /image|img|photo|foto|picture|gallery|caption|legend|credit/i;
// The most text a teaser card holds: a headline, a line of summary, a date.
const TEASER_TEXT = 600;
// The most text a picture's box, caption or credit line holds.
const PICTURE_TEXT = 250;

/**
 * The links to other pages in an element: `<a>`s with an address (an `<a>` without one is only
 * inline markup), outermost only, so that a link inside a link is not counted twice.
 */
export function outerLinks(element: Element): Element[] {
  return [...element.querySelectorAll('a[href]')].filter((a) => {
    const outer = a.parentElement?.closest('a[href]');
    return !outer || !element.contains(outer);
  });
}

/** The share of an element's text (`text`, white space collapsed) that sits in its links (`outerLinks`). */
export function linkShare(links: Element[], text: string): number {
  let linked = 0;
  for (const a of links) linked += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return text.length ? linked / text.length : 0;
}

/** How many characters of an element's text, white space aside, lie outside its links. */
function unlinked(element: Element): number {
  let length = 0;
  const walker = element.ownerDocument.createTreeWalker(element, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (!node.parentElement?.closest('a[href]')) length += (node.nodeValue ?? '').replace(/\s+/g, '').length;
  return length;
}

// A teaser line's label: a few words and a colon before the link ("PUEDES VER:", "LOOK-UP TOOL:").
const TEASER_LABEL = /^[^.!?]{1,30}:$/u;
const LINE_TAGS = new Set(['P', 'BLOCKQUOTE', 'H2', 'H3', 'H4', 'H5', 'H6']);
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * True when a line is a label and a link to another page and nothing else ("VIDEO: The 20-second
 * hand wash", "MIRA: <headline>"): a teaser set between a story's paragraphs.
 */
function isLabelledLink(links: Element[], text: string): boolean {
  if (links.length !== 1 || text.length > 250) return false;
  const linked = collapse(links[0].textContent ?? '');
  if (linked.length < 10 || !text.endsWith(linked)) return false;
  return TEASER_LABEL.test(text.slice(0, text.length - linked.length).trim());
}

// The longest text any check below reads: a longer element is the story's own column, or holds it.
const LONGEST = 1500;

/** An element's text, white space collapsed, read at most once; null when it is longer than `LONGEST`. */
type TextOf = () => string | null;

/**
 * A reader of the element's text that reads it once, and stops as soon as it is longer than any
 * check reads: the reader walks every wrapper of the story, and reading each one's whole text
 * would cost the story's length per wrapper.
 */
function textReader(element: Element): TextOf {
  let text: string | null | undefined;
  return () => {
    if (text !== undefined) return text;
    const parts: string[] = [];
    let solid = 0;
    const walker = element.ownerDocument.createTreeWalker(element, 4);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.nodeValue ?? '';
      // (Collapsed text is at least as long as its characters other than white space.)
      solid += value.replace(/\s+/g, '').length;
      if (solid > LONGEST) return (text = null);
      parts.push(value);
    }
    const whole = collapse(parts.join(''));
    return (text = whole.length > LONGEST ? null : whole);
  };
}

/**
 * True when the element is a block of links to other pages: a list of them (or of labelled links),
 * a teaser paragraph, a label and a link.
 */
function isLinkBlock(element: Element, textOf: TextOf = textReader(element)): boolean {
  const tag = element.tagName;
  const line = LINE_TAGS.has(tag);
  if (!line && tag !== 'UL' && tag !== 'OL' && tag !== 'DIV' && tag !== 'SECTION') return false;
  if (!element.querySelector('a[href]')) return false;
  const text = textOf();
  // A paragraph, list or box of the story that links a few words is the story; one that is mostly
  // links is a list of other stories. A long block is the story's own column (its links never read).
  if (text === null) return false;
  const links = outerLinks(element);
  if (line && isLabelledLink(links, text)) return true;
  // A teaser paragraph is its links and a label ("Read more: ..."); a sentence of the story that
  // links most of its words still has words of its own around them.
  // (An embedded post in a <blockquote> that is one link is such a teaser too.)
  if (tag === 'P' || tag === 'BLOCKQUOTE')
    return text.length < 300 && linkShare(links, text) >= 0.6 && unlinked(element) < 30;
  if (line) return false;
  if ((links.length >= 2 || text.length < 200) && linkShare(links, text) >= 0.7) return true;
  // A list whose every item is a labelled link ("A SIMPLE GUIDE: How do I protect myself?").
  if ((tag !== 'UL' && tag !== 'OL') || element.childElementCount < 2) return false;
  for (let item = element.firstElementChild; item; item = item.nextElementSibling)
    if (item.tagName !== 'LI' || !isLabelledLink(outerLinks(item), collapse(item.textContent ?? '')))
      return false;
  return true;
}

/** A short block's text with white space collapsed, or null when it is long or holds block elements. */
function shortText(element: Element, max: number, textOf: TextOf): string | null {
  if (element.childElementCount > 4) return null;
  const text = textOf();
  return text !== null && text.length <= max ? text : null;
}

// The least text of a link that stands as a block of its own for it to be a teaser.
const MIN_TEASER_LINK = 20;
// Blocks a link may sit in as part of a line of text.
const LINE_PARENTS = new Set([
  'P',
  'LI',
  'DD',
  'DT',
  'TD',
  'TH',
  'BLOCKQUOTE',
  'CAPTION',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
]);

/**
 * True when a link stands between the story's blocks as a block of its own, with no text of a
 * line around it: a teaser for another story ("<a class=read-more-big>...</a>" between paragraphs).
 */
function isStandaloneLink(link: Element): boolean {
  const parent = link.parentElement;
  if (
    !link.hasAttribute('href') ||
    !parent ||
    INLINE_ELEMENTS.has(parent.tagName) ||
    LINE_PARENTS.has(parent.tagName)
  )
    return false;
  for (const side of [link.previousSibling, link.nextSibling])
    if (side?.nodeType === 3 && /\S/.test(side.nodeValue ?? '')) return false;
  const href = link.getAttribute('href') ?? '';
  return !href.startsWith('#') && collapse(link.textContent ?? '').length >= MIN_TEASER_LINK;
}

/**
 * True when an inline box inside a line is a card that shows on hover: a picture and links to other
 * stories, with hardly a word of its own (a person's name in a paragraph that opens a card of their
 * latest stories). The name it is attached to is a link of its own and stays.
 */
function isHoverCard(span: Element): boolean {
  if (!holdsCard(span)) return false;
  // The innermost such box is the card: one around it also holds the name it is attached to.
  for (let child = span.firstElementChild; child; child = child.nextElementSibling)
    if (child.tagName === 'SPAN' && holdsCard(child)) return false;
  return true;
}

/** True when a box holds a picture and two links or more, and hardly a word outside its links. */
function holdsCard(box: Element): boolean {
  if (!box.querySelector('img, picture')) return false;
  const links = outerLinks(box);
  return links.length >= 2 && linkShare(links, collapse(box.textContent ?? '')) >= 0.9;
}

/**
 * True when the element is a teaser card: a small box (an <article>, a list item, a box) whose
 * heading is a link to another page, with perhaps a summary and a picture. A story's subheading
 * is not a link, and the story's headline is an <h1>.
 */
function isTeaserCard(element: Element): boolean {
  const tag = element.tagName;
  if (tag !== 'ARTICLE' && tag !== 'LI' && tag !== 'DIV' && tag !== 'SECTION') return false;
  const heading = element.querySelector('h2, h3, h4, h5, h6');
  if (!heading) return false;
  const link = heading.closest('a[href]') ?? heading.querySelector('a[href]');
  if (!link || !element.contains(link) || link.getAttribute('href')?.startsWith('#')) return false;
  const title = collapse(heading.textContent ?? '');
  if (title.length < 10 || collapse(link.textContent ?? '').length < title.length * 0.8) return false;
  // (A card's tracking data in a <script> is no text of it.)
  let length = collapse(element.textContent ?? '').length;
  for (const data of element.querySelectorAll('script, style'))
    length -= collapse(data.textContent ?? '').length;
  return length <= TEASER_TEXT;
}

/**
 * A line's text with white space collapsed, or null when it is long or holds more than a few block
 * elements: a line may run through many links and italics ("Follow ... on <a>Instagram</a>, ...").
 */
function lineText(element: Element, max: number, textOf: TextOf): string | null {
  if (element.childElementCount > 4) {
    let blocks = 0;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling)
      if (!INLINE_ELEMENTS.has(child.tagName) && ++blocks > 4) return null;
  }
  const text = textOf();
  return text !== null && text.length <= max ? text : null;
}

/**
 * True when the element is a picture's box, caption or credit and holds no more than one: a box
 * named for one, a box holding a picture and a line or two of text, a line labelled as a credit.
 */
function isPictureBox(element: Element, textOf: TextOf): boolean {
  const text = shortText(element, PICTURE_TEXT, textOf);
  if (!text) return false;
  const name = `${element.getAttribute('class') ?? ''} ${element.id}`;
  if ((name.length > 1 && PICTURE_PART.test(name)) || PICTURE_LINE.test(text)) return true;
  // (The text is read first: it is short, so looking for a picture in the box costs little.)
  const tag = element.tagName;
  return (
    // (A table's cell is how older pages set a picture with its caption between a story's lines.)
    (tag === 'DIV' || tag === 'SECTION' || tag === 'TD') &&
    text.length <= 150 &&
    element.querySelector('img, picture') !== null
  );
}

// A box named for an embed ("social-media-embed", "embed-twitter").
const EMBED = /(?:^|[\s_-])embed(?:ded)?(?:$|[\s_-])/i;

/**
 * True when a box holds a post the story quotes, embedded from a social network: the box is named for
 * the network ("social"), but the post is a quotation of the story, as a reader-mode body keeps it.
 * The post is a `<blockquote>` until the network's script replaces it; a video or a share bar is not.
 */
function isEmbeddedPost(element: Element): boolean {
  return (
    EMBED.test(`${element.getAttribute('class') ?? ''} ${element.id}`) &&
    !!element.querySelector('blockquote')
  );
}

/**
 * True when an element inside the story's container is not part of the story (and what it holds is
 * not either): for `buildTextIndex` and the page session's reader.
 */
export function isStoryFurniture(element: Element): boolean {
  const tag = element.tagName;
  const textOf = textReader(element);
  // A subheading's id is an anchor made of its words ("nav_nur_die_folie"): only its class names it.
  if (HEADING.test(tag) && element.id) {
    if (isFurnitureName(element.getAttribute('class') ?? '')) return true;
  } else if (isFurnitureBox(element) && !isEmbeddedPost(element)) return true;
  if (tag === 'FIGURE' || tag === 'FIGCAPTION') return true;
  if (tag === 'A') return isStandaloneLink(element);
  if (tag === 'SPAN' && element.childElementCount > 1 && isHoverCard(element)) return true;
  // (Inline elements' names are the story's own: "story-body__link" is a link in a paragraph.)
  if (!INLINE_ELEMENTS.has(tag) && element.hasAttributes()) {
    const label = `${element.getAttribute('class') ?? ''} ${element.id}`;
    if (
      label.length > 1 &&
      (STORY_PARTS.test(label) || (LINK_PARTS.test(label) && element.querySelector('a[href]')))
    ) {
      // A name like "article-author-wrapper" on the story's own column: only a small box is skipped.
      const text = shortText(element, CONTENT.test(label) ? 300 : 1200, textOf);
      if (text !== null) return true;
    }
  }
  if (isLinkBlock(element, textOf) || isTeaserCard(element)) return true;
  if (!INLINE_ELEMENTS.has(tag) && isPictureBox(element, textOf)) return true;
  // Short lines: labels of link lists and ads, bylines; a heading over a list of links.
  if (tag === 'UL' || tag === 'OL' || tag === 'TABLE' || tag === 'BLOCKQUOTE') return false;
  const text = lineText(element, NOTICE_TEXT, textOf);
  if (text === null || !text) return false;
  if (NOTICE.test(text)) return true;
  if (text.length > 80 || element.childElementCount > 4) return false;
  if (LABEL.test(text) || BYLINE.test(text)) return true;
  // A heading, or a short line that is no sentence ("Schon gelesen?"), over links or teasers.
  if (HEADING.test(tag) || (tag === 'P' && text.length <= 40 && !/[.!]$/.test(text))) {
    const next = element.nextElementSibling;
    if (next && (isLinkBlock(next) || isTeaserCard(next))) return true;
  }
  return false;
}
