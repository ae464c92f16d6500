/** The story's shape: the page's prose paragraphs, the container that holds the story, its headline and standfirst. */

import { boxKind, furnitureKind, isFurniture } from './furniture';
import { INLINE_TAGS } from './text-index';

// A <div> with more child elements than this is a container, not a paragraph.
const MAX_INLINE = 40;
// Latin-script text of this many characters makes a paragraph; Chinese and Japanese say as much in
// about a third of the characters, so their characters count three times.
const MIN_PARAGRAPH = 80;
/** Most <p> elements read (four times as many <div>s and <section>s): enough for the story's start. */
const MAX_BLOCKS = 80;
export const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/g;
export const CJK_TEXT = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
// Chinese news pages name their editor and source next to the story.
const CJK_CREDITS = /责任编辑|責任編輯|来源[:：]|來源[:：]/;

// White space other than one plain space: what collapses to one space.
const SPACES = /\s{2,}|[^\S ]/g;

/**
 * The words in a sample of collapsed paragraphs (single spaces, one line each): one more than its
 * spaces and line breaks, counted without splitting the text into a thousand strings.
 */
export const wordCount = (sample: string) => sample.length - sample.replace(/[ \n]/g, '').length + 1;

/** Length of a text in Latin-script characters' worth. */
export function weightedLength(text: string): number {
  CJK.lastIndex = 0;
  return CJK.test(text) ? text.length + 2 * (text.match(CJK)?.length ?? 0) : text.length;
}

export interface Prose {
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
 *
 * A box that is furniture only by a layout word (a rail, a sidebar, a widget area) is judged by what
 * it holds: sites name the story's own column for the rail beside it ("pg-side-of-rail"). Its prose is
 * kept apart, and counts when the prose outside furniture makes no column and it does: a rail holds
 * teasers and links, not the page's one column of prose paragraphs.
 */
export function readProse(
  doc: Document,
  cjk: boolean,
): { prose: Prose[]; credits: boolean; ordered: boolean } {
  let prose: Prose[] = [];
  // Prose in boxes that are furniture only by a layout word, in page order.
  const held: Prose[] = [];
  let credits = false;
  // Paragraphs share parents: each parent's verdict is worked out once.
  const parents = new Map<Element, 'furniture' | 'layout' | null>();
  const furniture = (element: Element) => {
    const own = boxKind(element);
    if (own) return own === 'story' ? null : own;
    const parent = element.parentElement;
    if (!parent) return null;
    let verdict = parents.get(parent);
    if (verdict === undefined) parents.set(parent, (verdict = furnitureKind(parent)));
    return verdict;
  };
  // (`own`: a box's own lines, for a story written straight into it: `ownLines`.)
  const take = (element: Element, raw: string, own?: OwnLines) => {
    if (cjk && !credits && raw.length < 200 && CJK_CREDITS.test(raw)) credits = true;
    // Collapsing white space only shortens a text; Chinese and Japanese count up to three times.
    if (raw.length < (cjk ? MIN_PARAGRAPH / 3 : MIN_PARAGRAPH)) return;
    // Markup indents text with runs of spaces and line breaks: they do not count. (The spaces
    // between words stay as they are: replacing each of them costs more than reading the paragraph.)
    const text = raw.replace(SPACES, ' ').trim();
    const length = cjk ? weightedLength(text) : text.length;
    if (length < MIN_PARAGRAPH) return;
    const kind = furniture(element);
    if (kind === 'furniture') return;
    let paragraphs = 1;
    if (own) {
      if (own.links > text.length * 0.5) return;
      paragraphs = own.paragraphs;
    } else if (element.childElementCount) {
      // (Only elements hold links and <br>s: a block of bare text has neither.) A paragraph that is
      // mostly links is a list of links (teasers, tags, navigation).
      let linkChars = 0;
      for (const a of element.getElementsByTagName('a')) linkChars += (a.textContent ?? '').length;
      if (linkChars > text.length * 0.5) return;
      paragraphs += element.querySelectorAll(':scope > br').length >> 1;
    }
    (kind ? held : prose).push({ element, text, length, paragraphs });
  };
  /** True when held blocks of these totals make a column with more text than the prose outside. */
  const outweighs = (paragraphs: number, length: number, outside: number) =>
    paragraphs >= 5 && length >= 1500 && length > outside;
  /**
   * When the prose in layout boxes holds a column (five paragraphs, 1,500 characters, in the container
   * it would have) with more text than all the prose outside furniture, it joins the prose.
   */
  const joinHeld = () => {
    let outside = 0;
    for (const block of prose) outside += block.length;
    // The container holds some of the held blocks at most: when all of them make no column, it has
    // none, and finding it is not needed.
    let paragraphs = 0;
    let length = 0;
    for (const block of held) {
      paragraphs += block.paragraphs;
      length += block.length;
    }
    if (!outweighs(paragraphs, length, outside)) return false;
    const box = findContainer(held);
    paragraphs = 0;
    length = 0;
    for (const block of held)
      if (box?.contains(block.element)) {
        paragraphs += block.paragraphs;
        length += block.length;
      }
    if (!outweighs(paragraphs, length, outside)) return false;
    prose = prose.concat(held);
    held.length = 0;
    return true;
  };
  /** True when the prose makes a column, or the held prose joins it with one. */
  const column = () => hasColumn(prose) || joinHeld();
  // Enough paragraphs to judge the page and find its story: a huge page costs no more than a long one.
  let budget = MAX_BLOCKS;
  for (const p of doc.getElementsByTagName('p')) {
    if (--budget < 0) break;
    take(p, p.textContent ?? '');
  }
  // <p>s alone are in page order (with layout boxes' prose they are not).
  if (!cjk && hasColumn(prose)) return { prose, credits, ordered: true };
  // (The prose alone was just found to make no column.)
  if (!cjk && joinHeld()) return { prose, credits, ordered: false };
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
  if (column()) return { prose, credits, ordered: false };
  // A story written straight into one box, its paragraphs parted by <br>s, with pictures, empty boxes
  // or a script between them, is a container to the passes above. Without a column so far, the boxes
  // that hold <br>s are read for their own lines.
  const read = new Set<Element>();
  budget = MAX_BLOCKS * 4;
  for (const br of doc.getElementsByTagName('br')) {
    if (--budget < 0) break;
    const box = br.parentElement;
    if (!box || read.has(box)) continue;
    read.add(box);
    // The boxes sites use as paragraphs, as above, that they took for containers (<p>s were read
    // whole; a list item is not a story's paragraph).
    if ((box.tagName !== 'DIV' && box.tagName !== 'SECTION') || !box.querySelector(blockChildSelector()))
      continue;
    const own = ownLines(box);
    if (own) take(box, own.text, own);
  }
  column();
  return { prose, credits, ordered: false };
}

/** A box's own lines: the text written straight into it, its paragraphs, and how much of it links. */
interface OwnLines {
  text: string;
  paragraphs: number;
  links: number;
}

// Most child nodes a box's own lines are read from: a story set line by line is a few hundred.
const MAX_OWN_NODES = 600;
let inlineTags: Set<string> | undefined;
/** The inline elements' tags, made on first use (most pages never need them). */
const inline = () => (inlineTags ??= new Set(INLINE_TAGS));

/**
 * The text written straight into a box, with its inline elements: not what its blocks hold (a picture
 * in a table, a box of links), which part its paragraphs, as two <br>s in a row do; scripts and styles
 * part nothing. Null for a box with too many children to be read cheaply.
 */
export function ownLines(box: Element): OwnLines | null {
  // Line breaks are marked with \r, which markup's own white space never holds.
  let text = '';
  let links = 0;
  let nodes = 0;
  for (let node = box.firstChild; node; node = node.nextSibling) {
    if (++nodes > MAX_OWN_NODES) return null;
    const tag = (node as Element).tagName;
    if (!tag) text += node.nodeType === 3 ? node.nodeValue : '';
    else if (tag === 'BR') text += '\r';
    else if (inline().has(tag)) {
      const line = node.textContent ?? '';
      text += line;
      if (tag === 'A') links += line.length;
    } else if (tag !== 'SCRIPT' && tag !== 'STYLE') text += '\r\r';
  }
  return { text, paragraphs: text.split(/\r\s*\r/).filter((part) => part.trim()).length, links };
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
export function findContainer(prose: Prose[]): Element | null {
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
export function findHeadline(doc: Document, title: string, container: Element | null): Element | null {
  let near: Element | null = null;
  const wanted = title.replace(/\s+/g, ' ').toLowerCase();
  let area = container;
  for (let level = 0; area?.parentElement && level < 3; level++) area = area.parentElement;
  for (const h1 of doc.getElementsByTagName('h1')) {
    const text = (h1.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
    // (A headline in a box named for the rail beside the story is the story's: only furniture by other names is not.)
    if (text.length < 10 || furnitureKind(h1) === 'furniture') continue;
    if (wanted.includes(text.slice(0, 40))) return h1;
    if (!near && area?.contains(h1)) near = h1;
  }
  return near;
}

/**
 * The standfirst under a headline outside the story's container: the sentence or two that sum the
 * story up ("dek"), in the next few elements after the headline or after its wrapper, before the story.
 */
export function findStandfirst(headline: Element, container: Element): Element | null {
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
