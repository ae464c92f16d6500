/**
 * The story's column for the reader: detection's container, unless that sits in a box opened over
 * the page (a dialog, a pop-up or overlay, a consent or login form), whose prose can outweigh a short
 * story's. Then the column is found again from the prose outside such boxes, and there is none when
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

/**
 * The box opened over the page (a <dialog> or an element the page marks as one, or, a few levels up
 * at most, a box named for a dialog, pop-up, overlay, consent or login form) that holds the element,
 * or null: such a box is never the story.
 */
export function neverColumnBox(element: Element): Element | null {
  let depth = 0;
  for (let e: Element | null = element; e && e.tagName !== 'BODY'; e = e.parentElement, depth++) {
    if (isOverPage(e, depth < OVER_PAGE_DEPTH)) return e;
  }
  return null;
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
  const box = container && neverColumnBox(container);
  if (!box) return container;
  const cjk = detection.language === 'zh' || detection.language === 'ja' || detection.language === 'ko';
  const prose = readProse(doc, cjk).prose.filter(
    (block) => !box.contains(block.element) && !inNeverColumn(block.element),
  );
  return findContainer(prose);
}
