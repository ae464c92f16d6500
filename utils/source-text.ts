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

/** Most characters of a headline made from a text's first sentence. */
const HEADLINE_CHARS = 70;

/**
 * A headline for a text that has none: its first sentence, without the date that scraping left at its
 * start ("date 2022-07-20"), cut at a word before 70 characters.
 */
export function headlineOf(text: string): string {
  const body = text.replace(/^\s*date:?\s+\d{4}-\d{2}-\d{2}\s+/i, '').trim();
  const sentence = body.match(/^[^\n]*?[.!?](?=\s|$)/)?.[0] ?? body.split('\n')[0];
  if (sentence.length <= HEADLINE_CHARS) return sentence.replace(/[.]$/, '');
  const cut = sentence.lastIndexOf(' ', HEADLINE_CHARS);
  return `${sentence.slice(0, cut > 0 ? cut : HEADLINE_CHARS)}…`;
}

/**
 * How a reader names the source: its outlet or agency; else its headline, in quotes (the date is
 * cited beside it, `citation` in components/SourceCite.tsx). Never a bare date or an id.
 */
export function sourceLabel(source: Pick<SourceText, 'outlet' | 'agency' | 'headline' | 'text'>): string {
  const named = source.outlet ?? source.agency;
  if (named) return named;
  const headline = source.headline ?? headlineOf(source.text);
  return headline ? `“${headline}”` : '';
}
