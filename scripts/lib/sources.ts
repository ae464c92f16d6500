import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Glossary, GlossaryInput } from '../../analysis/glossary';
import { parseSourceText, sourceLabel } from '../../utils/source-text';

export const SOURCES_DIR = 'assets/sources';
export const GLOSSARY_FILE = 'assets/glossary.json';

/** The bundled source texts (every .txt in `dir`, by name), ready for the glossary. */
export function readSources(dir = SOURCES_DIR): GlossaryInput[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const source = parseSourceText(readFileSync(join(dir, name), 'utf8'), name);
      return {
        id: source.id,
        label: sourceLabel(source),
        ...(source.date ? { date: source.date } : {}),
        ...(source.headline ? { headline: source.headline } : {}),
        text: source.text,
      };
    });
}

/** The glossary as committed: stable key order, two-space indent, a final newline. */
export function serializeGlossary(glossary: Glossary): string {
  return `${JSON.stringify(glossary, null, 2)}\n`;
}
