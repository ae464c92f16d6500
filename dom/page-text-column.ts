/**
 * The story's column for the reader: detection's container, unless that sits in a box opened over
 * the page (a dialog, a pop-up or overlay, a consent or login form) or in a list of other stories
 * (related, recommended), whose prose can outweigh a short story's. Then the column is found again from the prose outside such boxes, and there is none when
 * no prose is left.
 */

import type { ArticleDetection } from './detect-article';
import { findContainer, readProse } from './story-prose';

// A class name or id that ends with what a box opened over the page is: "pum-overlay",
// "sp-dsgvo-popup-overlay", "x-dialog-login", "cookie-consent". (Not a page wrapper that only
// mentions one: "dialog-off-canvas-main-canvas", "modal-enabled".)
const OVER_PAGE =
  /(?:^|[\s_-])(?:dialog|modal|pop-?up|overlay|consent|login|cookies?|gdpr)(?:[-_]\d+)?(?:\s|$)/i;
// Such a box wraps what it holds closely; a name further up belongs to the page's layout.
const OVER_PAGE_DEPTH = 5;
// How many times the column is found again before the page is taken to have no story outside such boxes.
const MAX_ROUNDS = 3;
// A box named for other stories: "c-related-articles--row", "recommended-posts", "most-read". A
// teaser list can hold more prose than a short story, and its name also says "article" or "post",
// so detection's furniture words (which a content word outweighs) let it through.
const OTHER_STORIES =
  /(?:^|[\s_-])(?:related|recommended|recommendations?|trending|most-read|most-popular|more-stories|read-next|up-next)(?:$|[\s_-])/i;

/**
 * The box that holds the element and is never the story, or null: a box opened over the page (a
 * <dialog> or an element the page marks as one, or, a few levels up at most, a box named for a
 * dialog, pop-up, overlay, consent or login form), or, as near, a box named for other stories.
 */
export function neverColumnBox(element: Element): Element | null {
  let depth = 0;
  for (let e: Element | null = element; e && e.tagName !== 'BODY'; e = e.parentElement, depth++) {
    const near = depth < OVER_PAGE_DEPTH;
    if (isOverPage(e, near) || (near && isOtherStories(e))) return e;
  }
  return null;
}

/**
 * True when the element's names say it holds other stories (related, recommended, most read).
 * Script hooks ("js-truncate-related-to-my-size") name what a script does, not what the box is.
 */
function isOtherStories(e: Element): boolean {
  const name = `${e.getAttribute('class') ?? ''} ${e.id}`.replace(/(?:^|\s)js-\S*/g, ' ');
  return name.length > 1 && OTHER_STORIES.test(name);
}

/** True when the element lies in a box that is never the story (`neverColumnBox`). */
export const inNeverColumn = (element: Element) => neverColumnBox(element) !== null;

/** True when this element itself is a box opened over the page: by its tag and role, and by its names when `byName`. */
export function isOverPage(e: Element, byName = true): boolean {
  if (e.tagName === 'DIALOG' || e.getAttribute('aria-modal') === 'true') return true;
  const role = e.getAttribute('role');
  if (role === 'dialog' || role === 'alertdialog') return true;
  if (!byName) return false;
  const name = `${e.getAttribute('class') ?? ''} ${e.id}`;
  return name.length > 1 && OVER_PAGE.test(name);
}

/**
 * The element that holds the story for the reader: detection's container, or, when that lies in a
 * dialog, pop-up, overlay, consent or login box, the container of the prose outside it and such
 * boxes (null when there is none). Reads the page again only in that case.
 */
export function storyColumn(doc: Document, detection: ArticleDetection): Element | null {
  const container = detection.body.at(-1) ?? null;
  let box = container && neverColumnBox(container);
  if (!box) return container;
  const cjk = detection.language === 'zh' || detection.language === 'ja' || detection.language === 'ko';
  // Prose inside such a box never counts: an element's boxes do not change between rounds, so once.
  let prose = readProse(doc, cjk).prose.filter((block) => !inNeverColumn(block.element));
  // The prose of such a box can lie deeper in it than its name is looked for from a paragraph: the
  // column found again is checked in turn, a few times at most.
  for (let round = 0; box && round < MAX_ROUNDS; round++) {
    const left = box;
    prose = prose.filter((block) => !left.contains(block.element));
    const column = findContainer(prose);
    box = column && neverColumnBox(column);
    if (!box) return column;
  }
  return null;
}
