/**
 * Bundled into the page by `npm run bench:page` for its highlighting figures: the extension's own
 * detection, indexing and highlighting code, mark.js as the baseline, and a floor that wraps known
 * text-node offsets. (Detection is timed apart, in a content script: see detectionScript in lib/bench-probe.ts.)
 */
import Mark from 'mark.js';
import { detectArticle } from '../../dom/detect-article';
import { isStoryFurniture } from '../../dom/story-furniture';
import { Highlighter, type MarkSpan } from '../../dom/highlighter';
import { buildTextIndex, rangesForSpan, type NodeRange } from '../../dom/text-index';

let prepared: NodeRange[][] = [];
let preparedSpans: MarkSpan[] = [];

const bench = {
  /** The article text the analysis sees. */
  articleText(): string {
    const detection = detectArticle(document);
    return buildTextIndex(detection.body, isStoryFurniture).text;
  },
  /**
   * Newslens given the spans: plan (spans to text nodes, keeping marks still wanted) and wrap, on the
   * index the content script already built to read the text for the analysis (timed apart).
   */
  newslens(spans: MarkSpan[]): { ms: number; indexMs: number; marks: number } {
    const body = detectArticle(document).body;
    const indexStart = performance.now();
    const index = buildTextIndex(body, isStoryFurniture);
    const start = performance.now();
    const highlighter = new Highlighter(document);
    const plan = highlighter.plan(index, spans);
    highlighter.removeExcept(plan.keep);
    for (const work of plan.work) highlighter.wrap(work);
    return { ms: performance.now() - start, indexMs: start - indexStart, marks: highlighter.size };
  },
  /** mark.js marking every occurrence of the same mention texts in the same elements. */
  markjs(texts: string[]): Promise<{ ms: number; marks: number }> {
    const body = detectArticle(document).body;
    return new Promise((resolve) => {
      let marks = 0;
      const start = performance.now();
      new Mark(body as HTMLElement[]).mark(texts, {
        separateWordSearch: false,
        acrossElements: true,
        each: () => marks++,
        done: () => resolve({ ms: performance.now() - start, marks }),
      });
    });
  },
  /** The floor's input: text nodes and offsets found before the clock starts. */
  prepareFloor(spans: MarkSpan[]): number {
    const index = buildTextIndex(detectArticle(document).body, isStoryFurniture);
    preparedSpans = spans;
    prepared = spans.map((span) => rangesForSpan(index, span.start, span.end));
    return prepared.length;
  },
  /**
   * A bare loop: split each known text node at known offsets and wrap the middle in a mark with
   * the same attributes, last first so earlier offsets stay true.
   */
  floor(): { ms: number; marks: number } {
    const pieces = prepared.flatMap((ranges, i) =>
      ranges.map((range) => ({ ...range, span: preparedSpans[i] })),
    );
    const start = performance.now();
    for (let i = pieces.length - 1; i >= 0; i--) {
      const { node, from, to, span } = pieces[i];
      node.splitText(to);
      const middle = node.splitText(from);
      const mark = document.createElement('newslens-mark');
      mark.setAttribute('data-newslens-kind', span.kind);
      mark.setAttribute('data-newslens-key', span.key);
      middle.parentNode!.insertBefore(mark, middle);
      mark.appendChild(middle);
    }
    return { ms: performance.now() - start, marks: pieces.length };
  },
};

(window as unknown as { __bench: typeof bench }).__bench = bench;
