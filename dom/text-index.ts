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
// and the paragraph after it never join into one sentence.
const INLINE_ELEMENTS = new Set([
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
]);

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

/** True when the element and what it holds are not reader text: skipped tags, editable regions, hidden parts. */
export function isSkipped(element: Element, extraSkip?: (element: Element) => boolean): boolean {
  if (SKIPPED_ELEMENTS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return extraSkip?.(element) ?? false;
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
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let pendingBreak = false;

  const breakBlock = () => {
    if (length > 0) pendingBreak = true;
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (!data) return;
      if (pendingBreak && /\S/.test(data)) {
        parts.push(BLOCK_BREAK);
        length += BLOCK_BREAK.length;
        pendingBreak = false;
      }
      parts.push(data.replace(/[\n\r\t\f]/g, ' '));
      segments.push({ node: node as Text, start: length, end: length + data.length });
      length += data.length;
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (isSkipped(element, extraSkip)) return;
    const tag = element.tagName.toUpperCase();
    const block = !INLINE_ELEMENTS.has(tag);
    if (tag === 'BR') {
      breakBlock();
      return;
    }
    if (block) breakBlock();
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    if (block) breakBlock();
  };
  for (const root of roots) {
    breakBlock();
    visit(root);
  }
  return { text: parts.join(''), segments };
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
