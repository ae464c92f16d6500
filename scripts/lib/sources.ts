import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Glossary, GlossaryInput } from '../../analysis/glossary';
import { parseSourceText, sourceLabel, withoutDebris, type SourceText } from '../../utils/source-text';

export const SOURCES_DIR = 'assets/sources';
export const GLOSSARY_FILE = 'assets/glossary.json';

/** The ids of the bundled source texts: the names of the .txt files in `dir`, sorted, without the extension. */
export function sourceIds(dir = SOURCES_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => name.slice(0, -'.txt'.length));
}

/** The bundled source texts, parsed, in the order of {@link sourceIds}. */
export function parsedSources(dir = SOURCES_DIR): SourceText[] {
  return sourceIds(dir).map((id) =>
    parseSourceText(readFileSync(join(dir, `${id}.txt`), 'utf8'), `${id}.txt`),
  );
}

/**
 * The bundled source texts (every .txt in `dir`, by name), ready for the glossary: the scrape's
 * debris blanked (same length), so no quote carries a date stamp or a repeated byline.
 */
export function readSources(dir = SOURCES_DIR): GlossaryInput[] {
  return parsedSources(dir)
    .map(withoutDebris)
    .map((source) => ({
      id: source.id,
      label: sourceLabel(source),
      ...(source.date ? { date: source.date } : {}),
      ...(source.headline ? { headline: source.headline } : {}),
      text: source.text,
    }));
}

/** The glossary as committed: stable key order, two-space indent, a final newline. */
export function serializeGlossary(glossary: Glossary): string {
  return `${JSON.stringify(glossary, null, 2)}\n`;
}
