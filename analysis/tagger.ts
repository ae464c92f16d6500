import nlp from 'compromise';

/** A word as compromise tagged it, with its offsets in the analysed text. */
export interface TaggedTerm {
  text: string;
  start: number;
  tags: Set<string>;
  /** Punctuation and spaces after the word. */
  post: string;
}

/** A stretch of the text to tag; words before `from` are context only and are not returned. */
export interface TagWindow {
  start: number;
  end: number;
  from: number;
}

interface CompromiseTerm {
  text: string;
  post: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

const SEPARATOR = '\n\n';
// Windows are tagged in batches of about this many characters: one parse per batch keeps the
// per-call overhead low while memory stays bounded on a megabyte of text.
const BATCH_CHARS = 16_000;

/**
 * Tags only the given windows of the text with compromise, in a few batched parses, and returns
 * the tagged words of each window after its `from` offset. Tagging costs about 7 ms per KB, so
 * tagging short windows instead of the whole text is what keeps the analysis fast.
 */
export function tagWindows(text: string, windows: readonly TagWindow[]): TaggedTerm[][] {
  const result: TaggedTerm[][] = windows.map(() => []);
  let batchStart = 0;
  while (batchStart < windows.length) {
    let batchEnd = batchStart;
    let size = 0;
    const joinedStarts: number[] = [];
    let joined = '';
    while (batchEnd < windows.length && (batchEnd === batchStart || size < BATCH_CHARS)) {
      const w = windows[batchEnd];
      joinedStarts.push(joined.length);
      joined += text.slice(w.start, w.end).replace(/\n/g, ' ') + SEPARATOR;
      size = joined.length;
      batchEnd++;
    }
    const doc = nlp(joined);
    doc.compute('offset');
    let index = 0;
    for (const sentence of doc.docs as CompromiseTerm[][]) {
      for (const term of sentence) {
        if (!term.offset) continue;
        const at = term.offset.start;
        while (index + 1 < joinedStarts.length && joinedStarts[index + 1] <= at) index++;
        const w = windows[batchStart + index];
        const start = w.start + (at - joinedStarts[index]);
        if (start < w.from || start >= w.end) continue;
        // A term never reaches past its window: compromise reads a lone surrogate together with
        // the separator after it, which is not in the text.
        const termText = term.text.slice(0, w.end - start);
        result[batchStart + index].push({ text: termText, start, tags: term.tags, post: term.post });
      }
    }
    batchStart = batchEnd;
  }
  return result;
}
