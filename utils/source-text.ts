/** A bundled source article: the metadata its own text gives, and the text itself. */
export interface SourceText {
  id: string;
  headline?: string;
  outlet?: string;
  agency?: string;
  byline?: string[];
  date?: string;
  dateline?: string;
  updated?: string;
  language?: string;
  /** The article's text exactly as published. */
  text: string;
}

const KNOWN_KEYS = new Set([
  'id',
  'headline',
  'outlet',
  'agency',
  'byline',
  'date',
  'dateline',
  'updated',
  'language',
]);

/**
 * Parses a source file (`key: value` header lines, a `---` line, then the text; see
 * assets/sources/README.md). Throws an Error naming `fileName` when the header is malformed.
 */
export function parseSourceText(content: string, fileName: string): SourceText {
  const separator = content.match(/^---\r?\n/m);
  if (!separator || separator.index === undefined)
    throw new Error(`${fileName}: no "---" line ends the header`);
  const header = content.slice(0, separator.index);
  const fields: Record<string, string> = {};
  for (const line of header.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const match = line.match(/^([a-z]+):\s*(.*)$/);
    if (!match || !KNOWN_KEYS.has(match[1])) throw new Error(`${fileName}: unknown header line "${line}"`);
    fields[match[1]] = match[2].trim();
  }
  if (!fields.id) throw new Error(`${fileName}: the header has no id`);
  const { byline, ...rest } = fields;
  return {
    ...rest,
    id: fields.id,
    ...(byline ? { byline: byline.split(';').map((name) => name.trim()) } : {}),
    text: content.slice(separator.index + separator[0].length),
  };
}

/** How a reader would name the source: its outlet or agency, else its date or id. */
export function sourceLabel(source: SourceText): string {
  return source.outlet ?? source.agency ?? (source.date ? `Report of ${source.date}` : `Source ${source.id}`);
}
