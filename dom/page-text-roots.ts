/**
 * Where the reader reads the story: detection's headline, standfirst and container, plus the lead
 * that sites put between the headline and the story's column ("intro", "summary", "perex", a
 * subtitle), which detection's container, the box with the most prose, leaves out.
 */

import type { ArticleDetection } from './detect-article';
import { isFurnitureBox } from './furniture';
import { isOverPage, storyColumn } from './page-text-column';
import { isStoryFurniture, linkShare, outerLinks } from './story-furniture';
import { findHeadline } from './story-prose';
import { INLINE_ELEMENTS, isSkipped } from './text-index';

// How far above the story's column the box that holds it and its headline may be: a lead sits in a
// header or an intro box beside the column, a few wrappers up; further up is the page's layout.
const WRAPPER_LEVELS = 6;
// A lead is a sentence or two: shorter lines above a story are kickers, dates, credits and labels.
const MIN_LEAD = 50;
const MIN_LEAD_WORDS = 6;
// The lead is the first text of the story: a few blocks at most (a summary in bullet points).
const MAX_LEADS = 4;
// Boxes above a story that hold other text than its lead: pictures and their captions and credits,
// players, pop-ups and overlays, the date and author lines. Matched anywhere in a name
// ("atc-ImageDescription", "mainContent__legend", "rty-pop-up").
const NOT_LEAD =
  /image|imagen|photo|foto|picture|legend|caption|credit|copyright|audio|video|player|pop-?up|modal|overlay|snackbar|dialog|paywall|meta|date|time|author|autor|byline|(?:^|[\s_-])tags?(?:$|[\s_-])/i;
// A picture's credit: "Foto: dpa", "(Photo: Reuters)".
const CREDIT = /\b(?:fotos?|bild|bilder|photos?|image|credits?|crédits?|crédito|fuente|quelle)\s*:/i;
// A lead is sentences: it ends as a sentence does (a date line, a credit or a second headline does not).
const SENTENCE_END = /[.!?…:;"'»«“”’)\]。！？]$/u;
const SENTENCE_INSIDE = /[.!?。！？] \p{Lu}/u;
// Elements walked between the headline and the column, at most: headers are small.
const MAX_WALK = 400;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** True when the element holds only text and inline elements (and `<br>`s): a paragraph, not a box. */
function isLeafBlock(element: Element): boolean {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling)
    if (!INLINE_ELEMENTS.has(child.tagName) && child.tagName !== 'BR') return false;
  return true;
}

/** True when the block's first words are a link: a teaser's kicker or headline ("Tag der Arbeit ..."). */
function startsWithLink(element: Element): boolean {
  const walker = element.ownerDocument.createTreeWalker(element, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (/\S/.test(node.nodeValue ?? '')) return !!node.parentElement?.closest('a[href]');
  return false;
}

/** True when a paragraph-like block reads as the story's lead: a sentence or two of its own, not links or a credit. */
function isLead(element: Element, titles: string[]): boolean {
  const text = collapse(element.textContent ?? '');
  if (text.length < MIN_LEAD || text.split(' ').length < MIN_LEAD_WORDS) return false;
  // A second copy of the headline (a kicker before it, or the title repeats it) is not the lead.
  const lower = text.toLowerCase();
  if (titles.some((title) => title.includes(lower) || lower.includes(title))) return false;
  // A lead cut short ("... Neve sull'Appennino") still holds whole sentences before.
  const sentences = SENTENCE_END.test(text) || (text.length >= 100 && SENTENCE_INSIDE.test(text));
  if (!sentences || CREDIT.test(text) || startsWithLink(element)) return false;
  return linkShare(outerLinks(element), text) < 0.5;
}

/** The page's headline and titles (`og` is its og:title), lower-cased, to tell a second copy of the headline by. */
function titles(doc: Document, og: string, headline: Element | null): string[] {
  return [headline?.textContent ?? '', doc.title, og]
    .map((title) => collapse(title).toLowerCase())
    .filter((title) => title.length >= 20);
}

/** The nearest ancestor of `a` that holds `b`, at most `levels` above `a`; null past that or at <body>. */
function commonAncestor(a: Element, b: Element, levels: number): Element | null {
  let level = 0;
  for (let e = a.parentElement; e && level < levels; e = e.parentElement, level++) {
    if (e.tagName === 'BODY' || e.tagName === 'HTML') return null;
    if (e.contains(b)) return e;
  }
  return null;
}

/**
 * The lead blocks between `from` (exclusive; the wrapper's start when null) and `to` inside
 * `wrapper`, in page order: paragraph-like blocks that read as prose, outside furniture.
 */
function leadsBetween(wrapper: Element, from: Element | null, to: Element, titles: string[]): Element[] {
  const leads: Element[] = [];
  let started = from === null;
  let walked = 0;
  // A depth-first walk that goes into a box only when it is not furniture.
  const visit = (element: Element): boolean => {
    if (element === to || ++walked > MAX_WALK || leads.length >= MAX_LEADS) return false;
    if (element === from) {
      started = true;
      return true;
    }
    const holdsEnds = element.contains(to) || (from !== null && element.contains(from));
    if (!holdsEnds) {
      if (isSkipped(element) || isFurnitureBox(element) || isStoryFurniture(element) || isOverPage(element))
        return true;
      const name = `${element.getAttribute('class') ?? ''} ${element.id}`;
      if (name.length > 1 && NOT_LEAD.test(name)) return true;
      if (started && isLeafBlock(element)) {
        if (!INLINE_ELEMENTS.has(element.tagName) && isLead(element, titles)) leads.push(element);
        return true;
      }
    }
    for (let child = element.firstElementChild; child; child = child.nextElementSibling)
      if (!visit(child)) return false;
    return true;
  };
  for (let child = wrapper.firstElementChild; child; child = child.nextElementSibling)
    if (!visit(child)) break;
  return leads;
}

/**
 * The elements the reader reads for a page's story, in page order, none inside another: detection's
 * body (headline, standfirst, container) and the lead paragraphs between the headline and the
 * container in the box that holds both (or, without a headline, in the container's <article>).
 * Empty when detection found no container. Reads the page; never changes it.
 */
export function storyRoots(doc: Document, detection: ArticleDetection): Element[] {
  const container = storyColumn(doc, detection);
  if (!container) return [];
  // Detection's headline and standfirst go with its container: when the column was found again,
  // only a headline outside it is kept.
  const moved = container !== detection.body.at(-1);
  const found = moved
    ? [
        ...(detection.body.length > 1 ? [detection.body[0]] : []).filter((e) => !container.contains(e)),
        container,
      ]
    : detection.body;
  // Detection looks for the headline of a news page's container; of a page it stopped reading early
  // (analysed anyway on the reader's request, or in eval:extract), or of a column found again, it is
  // looked for here.
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  const headline =
    found.length > 1
      ? found[0]
      : detection.isNews && !moved
        ? null
        : findHeadline(doc, og || doc.title, container);
  let wrapper: Element | null = null;
  let from: Element | null = null;
  if (headline && !container.contains(headline)) {
    wrapper = commonAncestor(container, headline, WRAPPER_LEVELS);
    // The lead follows the headline; a headline after the column is no guide.
    if (wrapper && headline.compareDocumentPosition(container) & 4) from = headline;
    else wrapper = null;
  }
  // Without a headline to go by: the column's <article>, else the box right around the column.
  if (!wrapper) {
    const article = container.parentElement?.closest('article');
    wrapper =
      article && commonAncestor(container, article, WRAPPER_LEVELS) === article
        ? article
        : container.parentElement;
    if (wrapper?.tagName === 'BODY') wrapper = null;
  }
  const roots = new Set<Element>(found);
  if (headline && !container.contains(headline)) roots.add(headline);
  if (wrapper)
    for (const lead of leadsBetween(wrapper, from, container, titles(doc, og, headline)))
      if (![...roots].some((root) => root.contains(lead) || lead.contains(root))) roots.add(lead);
  return [...roots].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}
