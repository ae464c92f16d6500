import { rangesForSpan, type TextIndex } from './text-index';

/**
 * Wraps spans of indexed text in `<newslens-mark>` elements, and unwraps them so exactly that the
 * page's serialised DOM is what it was. It never changes a character of the page's text: a text
 * node is cut into pieces, the pieces to highlight move into marks, and `clear()` joins them again.
 *
 * The DOM contract (README): every highlighted piece of text is the only child of a
 * `<newslens-mark data-newslens-kind="leader|claim" data-newslens-key="...">`; a mention that crosses
 * inline elements is several marks with the same key. A custom element name, so page CSS written
 * for span or mark leaves it alone.
 */
export const MARK_TAG = 'newslens-mark';
export const KIND_ATTRIBUTE = 'data-newslens-kind';
export const KEY_ATTRIBUTE = 'data-newslens-key';

/** What the highlighter needs of a span: where it is in the indexed text and how to label it. */
export interface MarkSpan {
  start: number;
  end: number;
  kind: string;
  key: string;
}

interface Piece {
  from: number;
  to: number;
  kind: string;
  key: string;
  /** Where the span the piece belongs to starts in the indexed text. */
  spanStart: number;
}

/** The marks to make in one text node, made together so offsets stay true. */
export interface NodeWork {
  node: Text;
  /** The node's text when planned: a node the page has changed since is left alone. */
  data: string;
  /** Offset in the indexed text of the node's first character, to order work (visible text first). */
  at: number;
  pieces: Piece[];
}

export interface HighlightPlan {
  /** Marks already in the page that the spans still want. */
  keep: Set<Element>;
  work: NodeWork[];
}

export class Highlighter {
  private readonly marks = new Set<Element>();
  /** For each text piece the highlighter cut, the page's own node it was cut from. */
  private readonly origins = new WeakMap<Text, Text>();
  private readonly cutNodes = new Set<Text>();
  /** For each mark, where its span starts in the text last planned: which mention it shows. */
  private readonly spanStarts = new WeakMap<Element, number>();

  constructor(private readonly doc: Document) {}

  /** This highlighter's marks in the page, in document order; only those of `kind` and `key` when given. */
  marksOf(kind?: string, key?: string): Element[] {
    const marks = [...this.marks].filter(
      (mark) =>
        mark.isConnected &&
        (kind === undefined || mark.getAttribute(KIND_ATTRIBUTE) === kind) &&
        (key === undefined || mark.getAttribute(KEY_ATTRIBUTE) === key),
    );
    return marks.sort((a, b) => (a.compareDocumentPosition(b) & a.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }

  /** Where the span a mark shows starts in the indexed text of the last plan, if the mark is this highlighter's. */
  spanStartOf(mark: Element): number | undefined {
    return this.marks.has(mark) ? this.spanStarts.get(mark) : undefined;
  }

  /** Marks in the page now. */
  get size(): number {
    return this.marks.size;
  }

  /**
   * Whether the page has taken any of this highlighter's marks out by itself (a script removing or
   * unwrapping them), not with the part of the page around them (a story replaced, a list recycled).
   */
  lostAny(): boolean {
    for (const mark of this.marks) if (!mark.parentNode) return true;
    return false;
  }

  /** True when `node` is one of this highlighter's marks. */
  owns(node: Node): boolean {
    return this.marks.has(node as Element);
  }

  /**
   * What it takes to show exactly `spans` (offsets into `index`, which must be built just before,
   * in the same task, and may include marks): the existing marks that already show a wanted piece, and the text nodes to cut.
   */
  plan(index: TextIndex, spans: readonly MarkSpan[]): HighlightPlan {
    const keep = new Set<Element>();
    const byNode = new Map<Text, NodeWork>();

    for (const span of spans) {
      for (const range of rangesForSpan(index, span.start, span.end)) {
        const { node, from, to, at } = range;
        const parent = node.parentNode as Element | null;
        // Another highlighter's mark (an older copy of the extension, not yet gone): never nest in it.
        if (parent?.localName === MARK_TAG && !this.marks.has(parent)) continue;
        if (
          parent &&
          this.marks.has(parent) &&
          from === 0 &&
          to === node.length &&
          parent.getAttribute(KIND_ATTRIBUTE) === span.kind &&
          parent.getAttribute(KEY_ATTRIBUTE) === span.key
        ) {
          keep.add(parent);
          this.spanStarts.set(parent, span.start);
          continue;
        }
        let work = byNode.get(node);
        if (!work) {
          work = { node, data: node.data, at, pieces: [] };
          byNode.set(node, work);
        }
        work.pieces.push({ from, to, kind: span.kind, key: span.key, spanStart: span.start });
      }
    }
    for (const work of byNode.values()) work.pieces.sort((a, b) => a.from - b.from);
    return { keep, work: [...byNode.values()] };
  }

  /** Unwraps every mark not in `keep`. Returns how many were removed. */
  removeExcept(keep: ReadonlySet<Element>): number {
    let removed = 0;
    for (const mark of this.marks) {
      if (keep.has(mark)) continue;
      this.unwrap(mark);
      removed++;
    }
    return removed;
  }

  /**
   * Cuts one text node and wraps its planned pieces. A node that is gone or has changed since the
   * plan is left alone (returns false): the caller re-plans from a fresh index.
   */
  wrap(work: NodeWork): boolean {
    const { node, pieces } = work;
    if (!node.isConnected || node.data !== work.data || !node.parentNode) return false;
    const parent = node.parentNode as Element;
    // A piece inside a mark that is being replaced is first returned to the mark's parent.
    if (this.marks.has(parent)) {
      this.unwrap(parent);
      if (!node.parentNode) return false;
    }
    const origin = this.origins.get(node) ?? node;
    const data = work.data;
    const fragment = this.doc.createDocumentFragment();
    let position = pieces[0].from;
    for (const piece of pieces) {
      if (piece.from < position || piece.to <= piece.from) continue; // overlapping or empty: skip
      if (piece.from > position) fragment.append(this.piece(data.slice(position, piece.from), origin));
      const mark = this.doc.createElement(MARK_TAG);
      mark.setAttribute(KIND_ATTRIBUTE, piece.kind);
      mark.setAttribute(KEY_ATTRIBUTE, piece.key);
      mark.append(this.piece(data.slice(piece.from, piece.to), origin));
      fragment.append(mark);
      this.marks.add(mark);
      this.spanStarts.set(mark, piece.spanStart);
      position = piece.to;
    }
    if (position < data.length) fragment.append(this.piece(data.slice(position), origin));
    // Set the head once and insert the rest in one go: linear in the node's length however many marks.
    node.data = data.slice(0, pieces[0].from);
    node.parentNode!.insertBefore(fragment, node.nextSibling);
    if (origin === node) this.cutNodes.add(node);
    return true;
  }

  /** Removes every mark and joins the cut text nodes, so the page's DOM serialises as before. */
  clear(): void {
    for (const mark of this.marks) this.unwrap(mark);
    for (const origin of this.cutNodes) {
      const parts = [origin.data];
      let next = origin.nextSibling;
      while (next && next.nodeType === 3 && this.origins.get(next as Text) === origin) {
        const following = next.nextSibling;
        parts.push((next as Text).data);
        next.parentNode!.removeChild(next);
        next = following;
      }
      if (parts.length > 1) origin.data = parts.join('');
    }
    this.cutNodes.clear();
  }

  private piece(text: string, origin: Text): Text {
    const node = this.doc.createTextNode(text);
    this.origins.set(node, origin);
    return node;
  }

  private unwrap(mark: Element): void {
    this.marks.delete(mark);
    const parent = mark.parentNode;
    if (!parent) return;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
  }
}
