/** Merging the article-extraction-benchmark's news labels, written by several annotators, into one fixture. */
import type { AebPage, Label } from './corpus';

/** A merged label: always with the page's part of the split and its address. */
export type PlacedLabel = Label & { part: 'dev' | 'test'; url: string };

/** One annotator's file: its name (for messages) and its labels by page id. */
export interface LabelFile {
  file: string;
  labels: Record<string, Partial<Label>>;
}

/** The merged labels by id (sorted), what was wrong in the files, and the pages left without a label. */
export interface MergedLabels {
  labels: Record<string, PlacedLabel>;
  problems: string[];
  gaps: string[];
}

/**
 * Merges the annotators' labels of the benchmark's pages. Each page must be labelled once: a label for a page
 * the benchmark does not hold, or without a yes-or-no `isNews` and a language, is left out; a second label of the
 * same page is left out (the first file's stands); a part or address that differs from the split's or the
 * ground truth's is replaced by theirs. Each of these is reported in `problems`; no label is ever changed
 * otherwise. `gaps` lists the pages no file labels (in id order).
 */
export function mergeAebLabels(pages: AebPage[], files: LabelFile[]): MergedLabels {
  const byId = new Map(pages.map((page) => [page.id, page]));
  const from = new Map<string, string>();
  const merged = new Map<string, PlacedLabel>();
  const problems: string[] = [];
  for (const { file, labels } of files)
    for (const [id, label] of Object.entries(labels)) {
      const page = byId.get(id);
      if (!page) {
        problems.push(`${file}: ${id} is not a page of the benchmark, left out`);
        continue;
      }
      if (typeof label?.isNews !== 'boolean' || typeof label.lang !== 'string' || !label.lang) {
        problems.push(`${file}: ${id} has no yes-or-no isNews or no language, left out`);
        continue;
      }
      const first = from.get(id);
      if (first) {
        const same = merged.get(id)!.isNews === label.isNews ? 'the same verdict' : 'ANOTHER verdict';
        problems.push(`${file}: ${id} is labelled again (first in ${first}, ${same}), left out`);
        continue;
      }
      if (label.part !== undefined && label.part !== page.part)
        problems.push(
          `${file}: ${id} says part ${label.part}, the split says ${page.part}: the split's kept`,
        );
      if (label.url !== undefined && label.url !== page.url)
        problems.push(
          `${file}: ${id} gives another address than the ground truth's: the ground truth's kept`,
        );
      if (typeof label.why !== 'string' || !label.why) problems.push(`${file}: ${id} gives no reason`);
      from.set(id, file);
      merged.set(id, {
        isNews: label.isNews,
        lang: label.lang,
        why: typeof label.why === 'string' ? label.why : '',
        part: page.part,
        url: page.url,
      });
    }
  const ids = pages.map((page) => page.id).sort();
  return {
    labels: Object.fromEntries(ids.filter((id) => merged.has(id)).map((id) => [id, merged.get(id)!])),
    problems,
    gaps: ids.filter((id) => !merged.has(id)),
  };
}
