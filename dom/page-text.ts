import { detectArticle, type ArticleDetection } from './detect-article';
import { storyRoots } from './page-text-roots';
import { isStoryFurniture } from './story-furniture';
import { buildTextIndex, type TextIndex } from './text-index';

/** A page's article detection and, when it is a news article the analysis can read, the indexed text of its body. */
export interface PageText {
  article: ArticleDetection;
  index: TextIndex;
}

/**
 * Detects the article and indexes the text of its body (detection's headline, standfirst and
 * container, with the lead between them: `storyRoots`), leaving out page furniture inside it
 * (share bars, related links, comments). Not news, or news in a language the analysis cannot
 * read, gives an empty index. The content script and `npm run analyze` on .html share this.
 */
export function readPageText(doc: Document, options: { url?: string } = {}): PageText {
  const article = detectArticle(doc, options);
  const index =
    article.isNews && article.readable
      ? buildTextIndex(storyRoots(doc, article), isStoryFurniture)
      : { text: '', segments: [] };
  return { article, index };
}
