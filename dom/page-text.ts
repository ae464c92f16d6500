import { buildTextIndex, type TextIndex } from './text-index';

/**
 * The reader-visible text of a document's body, indexed. Until article detection exists this is
 * the whole body; the content script and `npm run analyze` on .html share it.
 */
export function pageTextIndex(doc: Document): TextIndex {
  return buildTextIndex(doc.body ? [doc.body] : []);
}
