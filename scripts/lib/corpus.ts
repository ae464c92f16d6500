/** The saved-page corpora beside the project (`../shared/corpus/...`): labels and snippets. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A page's hand label: news or not, its language, why; trafilatura pages also carry their part and address. */
export interface Label {
  isNews: boolean;
  lang: string;
  why: string;
  part?: 'dev' | 'test';
  url?: string;
}

/** A trafilatura page's original address and the snippets its main text must and must not hold. */
export interface Snippets {
  url?: string;
  with?: string[];
  without?: string[];
}

/** The corpus's expected-snippets.json by page name, or {} when it has none. */
export function loadSnippets(corpus: string): Record<string, Snippets> {
  const file = join(corpus, 'expected-snippets.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, Snippets>) : {};
}
