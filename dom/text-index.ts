/** The text of a part of the page as one string, with a map from its offsets back to text nodes. */

/** Elements whose content is never read or highlighted: code, form fields, editors, graphics, hidden parts. */
export const SKIPPED_ELEMENTS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);

// Inline elements continue the surrounding text; every other element starts a new block, so a headline
// and the paragraph after it never join into one sentence. (A list, for article detection's selector.)
export const INLINE_TAGS = [
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'LABEL',
  'INS',
  'DEL',
  'NOBR',
  'TT',
  'BIG',
  'ACRONYM',
  'RUBY',
  'RT',
  'RP',
  // Newslens's own highlight element: it must read as the text it wraps, or highlights would change the index.
  'NEWSLENS-MARK',
];
export const INLINE_ELEMENTS = /* @__PURE__ */ new Set(INLINE_TAGS);

const BLOCK_BREAK = '\n\n';

/** A text node's place in the indexed text. */
export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the indexed text. */
  start: number;
  end: number;
}

/** A piece of a text span inside one text node: node offsets `from`..`to`. */
export interface NodeRange {
  node: Text;
  from: number;
  to: number;
  /** Offset in the indexed text of the node's first character. */
  at: number;
}

export interface TextIndex {
  text: string;
  segments: TextSegment[];
}

// An inline style that hides an element: a copy of the story kept for search engines, a closed panel.
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/**
 * True when the element and what it holds are not reader text: skipped tags, editable regions,
 * hidden parts (the `hidden` attribute, `aria-hidden`, an inline style that hides it).
 */
export function isSkipped(element: Element, extraSkip?: (element: Element) => boolean): boolean {
  if (SKIPPED_ELEMENTS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return extraSkip?.(element) ?? false;
}

// Stack markers: a block ends (a break follows it), a root starts (a break precedes it).
const BLOCK_END = 0;
const ROOT_START = 1;

/**
 * Reads the text under `roots` into a TextIndex, in steps that stop at a deadline, so a huge
 * article can be read across several tasks. The page must not change between steps (the caller
 * watches for changes and starts again).
 */
export class TextIndexReader {
  private readonly parts: string[] = [];
  private readonly segments: TextSegment[] = [];
  private readonly stack: (Node | typeof BLOCK_END | typeof ROOT_START)[] = [];
  private length = 0;
  private pendingBreak = false;
  /** Whether a block break has been written, and text other than white space since the last one. */
  private wroteBreak = false;
  private textSinceBreak = false;

  constructor(
    roots: readonly Element[],
    private readonly extraSkip?: (element: Element) => boolean,
  ) {
    for (let i = roots.length - 1; i >= 0; i--) this.stack.push(roots[i], ROOT_START);
  }

  /** Reads until done (returns true) or until `performance.now()` passes `deadline` (returns false). */
  read(deadline = Infinity): boolean {
    const stack = this.stack;
    let steps = 0;
    while (stack.length) {
      if ((++steps & 255) === 0 && performance.now() > deadline) return false;
      const item = stack.pop()!;
      if (item === BLOCK_END || item === ROOT_START) {
        this.armBreak();
        continue;
      }
      if (item.nodeType === 3) {
        this.addText(item as Text);
        continue;
      }
      if (item.nodeType !== 1) continue;
      const element = item as Element;
      if (isSkipped(element, this.extraSkip)) continue;
      const tag = element.tagName.toUpperCase();
      if (tag === 'BR') {
        this.armBreak();
        continue;
      }
      const block = !INLINE_ELEMENTS.has(tag);
      if (block) {
        this.armBreak();
        stack.push(BLOCK_END);
      }
      for (let child = element.lastChild; child; child = child.previousSibling) stack.push(child);
    }
    return true;
  }

  /** The index read so far: all of it once `read` has returned true. */
  result(): TextIndex {
    return { text: this.parts.join(''), segments: this.segments };
  }

  /**
   * A block boundary: the next text starts after a break, unless only white space came since the
   * last break. Decided by characters, never by how they are split into text nodes, so the
   * highlighter's cuts (a node's leading white space left in a piece of its own) never move a break.
   */
  private armBreak(): void {
    if (this.length > 0 && (!this.wroteBreak || this.textSinceBreak)) this.pendingBreak = true;
  }

  private addText(node: Text): void {
    const data = node.data;
    if (!data) return;
    if (this.pendingBreak) {
      this.parts.push(BLOCK_BREAK);
      this.length += BLOCK_BREAK.length;
      this.pendingBreak = false;
      this.wroteBreak = true;
      this.textSinceBreak = false;
    }
    if (!this.textSinceBreak && /\S/.test(data)) this.textSinceBreak = true;
    this.parts.push(data.replace(/[\n\r\t\f]/g, ' '));
    this.segments.push({ node, start: this.length, end: this.length + data.length });
    this.length += data.length;
  }
}

/**
 * Indexes the text under `roots` (in order): text nodes joined as they read, with a blank line
 * between blocks. Line breaks and tabs inside a text node become spaces, one for one, so every
 * offset still points at the same character of its node.
 */
export function buildTextIndex(
  roots: readonly Element[],
  extraSkip?: (element: Element) => boolean,
): TextIndex {
  const reader = new TextIndexReader(roots, extraSkip);
  reader.read();
  return reader.result();
}

/** The pieces of text nodes that hold indexed text `start`..`end`, in order (several when a span crosses inline elements). */
export function rangesForSpan(index: TextIndex, start: number, end: number): NodeRange[] {
  const { segments } = index;
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (segments[mid].end <= start) low = mid + 1;
    else high = mid;
  }
  const ranges: NodeRange[] = [];
  for (let i = low; i < segments.length && segments[i].start < end; i++) {
    const segment = segments[i];
    const from = Math.max(start, segment.start) - segment.start;
    const to = Math.min(end, segment.end) - segment.start;
    if (to > from) ranges.push({ node: segment.node, from, to, at: segment.start });
  }
  return ranges;
}
