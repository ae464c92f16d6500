/**
 * The saved-page corpora: labels and snippets of those beside the project (`../shared/corpus/...`), and the
 * article-extraction-benchmark pages copied into the project (`tests/fixtures/article-extraction-benchmark`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { PlacedLabel } from './aeb-labels';

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

/** Where the article-extraction-benchmark pages, their bodies and split live in the project. */
export const AEB_DIR = 'tests/fixtures/article-extraction-benchmark';
/** The merged news labels of the article-extraction-benchmark pages. */
export const AEB_LABELS = 'tests/fixtures/aeb-labels.json';

/** The merged news labels of the benchmark's pages by id, or {} when the project has none yet. */
export function loadAebLabels(file = AEB_LABELS): Record<string, PlacedLabel> {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, PlacedLabel>) : {};
}

/** The benchmark's split.json: each page's part by id, or {} when the benchmark is not in the project. */
export function loadAebSplit(dir = AEB_DIR): Record<string, string> {
  const file = join(dir, 'split.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
}

/** One article-extraction-benchmark page: its id, original address, hand-made body and part of the split. */
export interface AebPage {
  id: string;
  url: string;
  body: string;
  part: 'dev' | 'test';
}

/**
 * The benchmark's pages from `dir`'s ground-truth.json and split.json, sorted by id. A page the split does not
 * place is an error: every page must have its part before anything is scored.
 */
export function loadAeb(dir = AEB_DIR): AebPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url?: string; articleBody?: string }
  >;
  const split = loadAebSplit(dir);
  return Object.keys(truth)
    .sort()
    .map((id) => {
      const part = split[id];
      if (part !== 'dev' && part !== 'test') throw new Error(`${dir}: page ${id} has no part in split.json`);
      return { id, url: truth[id].url ?? '', body: truth[id].articleBody ?? '', part };
    });
}

/** A benchmark page's HTML (`html/<id>.html.gz`, gzip-compressed UTF-8), or undefined when it is not there. */
export function readAebHtml(id: string, dir = AEB_DIR): string | undefined {
  const file = join(dir, 'html', `${id}.html.gz`);
  return existsSync(file) ? gunzipSync(readFileSync(file)).toString('utf8') : undefined;
}
