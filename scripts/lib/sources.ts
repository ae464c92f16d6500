import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Glossary, GlossaryInput } from '../../analysis/glossary';
import { makePack, type SourcePack } from '../../analysis/source-pack';
import { parseSourceText, sourceLabel, withoutDebris, type SourceText } from '../../utils/source-text';

export const SOURCES_DIR = 'assets/sources';
export const GLOSSARY_FILE = 'assets/glossary.json';
/** The bundled sources as a source pack, the format the reader exports and imports. */
export const PACK_FILE = 'assets/sources.pack.json';

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

/** The bundled sources as a pack: the metadata each file's header gives, and its text without the scrape's debris. */
export function bundledPack(dir = SOURCES_DIR): SourcePack {
  return makePack(
    parsedSources(dir)
      .map(withoutDebris)
      .map((source) => {
        const outlet = source.outlet ?? source.agency;
        const language = source.language?.match(/^[a-z]{2,3}\b/)?.[0];
        return {
          ...(source.headline ? { headline: source.headline } : {}),
          ...(outlet ? { outlet } : {}),
          ...(source.date ? { date: source.date } : {}),
          ...(source.byline ? { byline: source.byline } : {}),
          ...(language ? { language } : {}),
          text: source.text,
        };
      }),
    undefined,
    'The sources bundled with Newslens',
  );
}
