// @vitest-environment happy-dom
/**
 * Properties of the highlighter on random DOM trees and random spans, checked with fast-check:
 * highlighting never changes the page's text (nor the text the index reads), every mark holds one
 * piece of text and no other mark, and clearing restores the serialised DOM exactly with the page's
 * own nodes back in place, also after a second round of spans that keeps some marks and replaces others.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { Highlighter, MARK_TAG, type MarkSpan } from './highlighter';
import { buildTextIndex } from './text-index';

/** A DOM tree to build: text (empty and adjacent text nodes included), or an element with children. */
type TreeSpec = { text: string } | { tag: string; attribute: string | null; children: TreeSpec[] };

const INLINE = ['span', 'b', 'i', 'a', 'em', 'strong', 'small', 'code', 'sup', 'label', 'newslens-mark'];
const BLOCK = ['p', 'div', 'h2', 'li', 'section', 'blockquote', 'td', 'article'];
// No <script>: happy-dom would run it.
const SKIPPED = ['style', 'textarea', 'button', 'noscript', 'select'];
const VOID = ['br', 'img', 'wbr', 'input', 'hr'];
// Attributes that make an element's text skipped (editable, hidden) or are just noise.
const ATTRIBUTES = ['contenteditable', 'hidden', 'aria-hidden', 'class', 'dir', null, null, null];

const PIECES = [
  'President Jane Doe',
  ' said ',
  '4.1 million people',
  ' ',
  '',
  '\n',
  '\t',
  'a',
  '&<>"',
  'é',
  'e\u0301',
  '👩‍👩‍👧',
  '\uD83D',
  'قال',
  '\u00A0',
];

const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);

const { tree } = fc.letrec<{ tree: TreeSpec; node: TreeSpec }>((self) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: text.map((value) => ({ text: value })) },
    { weight: 2, arbitrary: self('tree') },
  ),
  tree: fc.record({
    tag: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...INLINE) },
      { weight: 3, arbitrary: fc.constantFrom(...BLOCK) },
      { weight: 1, arbitrary: fc.constantFrom(...SKIPPED) },
      { weight: 1, arbitrary: fc.constantFrom(...VOID) },
    ),
    attribute: fc.constantFrom(...ATTRIBUTES),
    children: fc.array(self('node'), { maxLength: 5 }),
  }),
}));

function build(spec: TreeSpec): Node {
  if ('text' in spec) return document.createTextNode(spec.text);
  const element = document.createElement(spec.tag);
  if (spec.attribute) element.setAttribute(spec.attribute, spec.attribute === 'aria-hidden' ? 'true' : '');
  // Void elements take no children in HTML; the serialiser would drop them.
  if (!VOID.includes(spec.tag)) for (const child of spec.children) element.append(build(child));
  return element;
}

/** Spans as fractions of the text's length, so they fit whatever text the tree has. */
const spanSpec = fc.record({
  from: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  length: fc.double({ min: 0, max: 0.3, noNaN: true }),
  kind: fc.constantFrom('leader', 'claim'),
  key: fc.constantFrom('Jane Doe', '4100000 person', 'k'),
});
type SpanSpec = typeof spanSpec extends fc.Arbitrary<infer T> ? T : never;

function spansIn(length: number, specs: SpanSpec[]): MarkSpan[] {
  if (length === 0) return [];
  return specs.map(({ from, length: share, kind, key }) => {
    const start = Math.floor(from * length);
    const end = Math.min(length, start + 1 + Math.floor(share * length));
    return { start, end, kind, key };
  });
}

/** Plans and wraps the spans on a fresh index of the body, as the page session does. */
function highlight(highlighter: Highlighter, specs: SpanSpec[]): void {
  const index = buildTextIndex([document.body]);
  const plan = highlighter.plan(index, spansIn(index.text.length, specs));
  highlighter.removeExcept(plan.keep);
  for (const work of plan.work) highlighter.wrap(work);
}

/** Every node under the body, in document order. */
function allNodes(): Node[] {
  const nodes: Node[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ALL);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  return nodes;
}

/** The DOM contract: each of our marks holds exactly one text node, and no mark of ours is inside another. */
function expectMarksWellFormed(highlighter: Highlighter): void {
  for (const mark of document.body.querySelectorAll(MARK_TAG)) {
    if (!highlighter.owns(mark)) continue;
    expect(mark.childNodes.length).toBe(1);
    expect(mark.firstChild?.nodeType).toBe(Node.TEXT_NODE);
    expect(mark.getAttribute('data-newslens-kind')).toMatch(/^(leader|claim)$/);
    const outer = mark.parentElement?.closest(MARK_TAG);
    expect(outer && highlighter.owns(outer)).toBeFalsy();
  }
}

describe('Highlighter properties', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('random trees and spans: text unchanged, marks well formed, clear() restores the DOM and its nodes', () => {
    fc.assert(
      fc.property(
        fc.array(tree, { minLength: 1, maxLength: 4 }),
        fc.array(spanSpec, { maxLength: 8 }),
        fc.array(spanSpec, { maxLength: 8 }),
        (trees, first, second) => {
          document.body.replaceChildren(...trees.map(build));
          const html = document.body.innerHTML;
          const text = document.body.textContent;
          const indexed = buildTextIndex([document.body]).text;
          const nodes = allNodes();
          const parents = nodes.map((node) => node.parentNode);
          const highlighter = new Highlighter(document);

          highlight(highlighter, first);
          expect(document.body.textContent).toBe(text);
          expect(buildTextIndex([document.body]).text).toBe(indexed);
          expectMarksWellFormed(highlighter);

          // A second round keeps the marks still wanted, unwraps the others and cuts anew.
          highlight(highlighter, second);
          expect(document.body.textContent).toBe(text);
          expect(buildTextIndex([document.body]).text).toBe(indexed);
          expectMarksWellFormed(highlighter);

          highlighter.clear();
          expect(document.body.innerHTML).toBe(html);
          expect(highlighter.size).toBe(0);
          const after = allNodes();
          expect(after.length).toBe(nodes.length);
          for (let i = 0; i < nodes.length; i++) {
            expect(after[i]).toBe(nodes[i]);
            expect(after[i].parentNode).toBe(parents[i]);
          }
        },
      ),
      {
        numRuns: 300,
        // A pretty-printed paragraph whose first text starts with a line break and an indent, and a
        // mention at its start: once moved the block break in the indexed text (found by this property).
        examples: [
          [
            [
              { tag: 'h2', attribute: null, children: [{ text: 'Floods' }] },
              { tag: 'p', attribute: null, children: [{ text: '\n    President Jane Doe said' }] },
            ],
            [{ from: 13.5 / 36, length: 0.25, kind: 'leader', key: 'Jane Doe' }],
            [],
          ],
        ],
      },
    );
  });

  it('mentions across inline elements: each reads whole across its marks, and clear() restores the DOM', () => {
    const words = fc.array(
      fc.constantFrom('President', 'Jane', 'Doe', 'said', '4.1', 'million', 'people', ','),
      { minLength: 1, maxLength: 20 },
    );
    fc.assert(
      fc.property(words, fc.array(fc.boolean(), { maxLength: 20 }), (list, wraps) => {
        // Each word bare or in a <b>, joined by spaces: a mention can cross inline elements.
        const paragraph = document.createElement('p');
        list.forEach((word, i) => {
          if (i > 0) paragraph.append(' ');
          if (!wraps[i]) return paragraph.append(word);
          const bold = document.createElement('b');
          bold.append(word);
          paragraph.append(bold);
        });
        document.body.replaceChildren(paragraph);
        const html = document.body.innerHTML;
        const index = buildTextIndex([document.body]);
        const phrases = { 'Jane Doe': 'leader', '4.1 million people': 'claim' };
        const spans: MarkSpan[] = [];
        for (const [phrase, kind] of Object.entries(phrases))
          for (let at = index.text.indexOf(phrase); at >= 0; at = index.text.indexOf(phrase, at + 1))
            spans.push({ start: at, end: at + phrase.length, kind, key: phrase });
        const highlighter = new Highlighter(document);
        for (const work of highlighter.plan(index, spans).work) highlighter.wrap(work);
        for (const phrase of Object.keys(phrases)) {
          const marked = [...document.querySelectorAll(MARK_TAG)]
            .filter((mark) => mark.getAttribute('data-newslens-key') === phrase)
            .map((mark) => mark.textContent)
            .join('');
          const count = spans.filter((span) => span.key === phrase).length;
          expect(marked).toBe(phrase.repeat(count));
        }
        expect(document.body.textContent).toBe(index.text);
        highlighter.clear();
        expect(document.body.innerHTML).toBe(html);
      }),
      { numRuns: 200 },
    );
  });
});
