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
function headlineOf(text: string): string {
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

/** A stretch of a source's text: UTF-16 offsets. */
interface TextRange {
  start: number;
  end: number;
}

// A blank line: a line break, then one or more lines that are empty or hold only spaces and tabs.
const PARAGRAPH_BREAK = /\r?\n(?:[ \t]*\r?\n)+/g;
const SENTENCE_END = /[.!?:;"”’)\]]\s*$/;
const BYLINE_JOINS = /\s*(?:,|&|\band\b)\s*/i;

/** Paragraphs of `text` (separated by blank lines) with their offsets, blank ones left out. */
function paragraphRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  let start = 0;
  for (const gap of text.matchAll(PARAGRAPH_BREAK)) {
    ranges.push({ start, end: gap.index });
    start = gap.index + gap[0].length;
  }
  ranges.push({ start, end: text.length });
  return ranges.filter((r) => /\S/.test(text.slice(r.start, r.end)));
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** True when every line of `paragraph` is the byline's names, "By" them, or the agency or outlet. */
function isCreditParagraph(paragraph: string, source: SourceText): boolean {
  const names = new Set((source.byline ?? []).map(norm));
  const houses = new Set([source.agency, source.outlet].filter((s): s is string => Boolean(s)).map(norm));
  if (names.size === 0 && houses.size === 0) return false;
  return paragraph
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .every((line) => {
      const text = norm(line).replace(/^by\s+/, '');
      if (houses.has(text)) return true;
      const parts = text.split(BYLINE_JOINS).filter(Boolean);
      return parts.length > 0 && parts.every((part) => names.has(part));
    });
}

/**
 * The parts of a source's text that a scrape kept from the page around the story, judged against
 * the metadata the header gives: the headline repeated as the first paragraph, a paragraph that is
 * only the byline or the agency, "Updated <updated>", a "date <date>" stamp opening the story, and short
 * lines without a sentence's end after the story's last sentence ("Latest", "source site-12").
 * The text itself stays byte for byte; pages and glossary quotes use {@link withoutDebris}.
 */
function sourceDebris(source: SourceText): TextRange[] {
  const { text } = source;
  const debris: TextRange[] = [];
  const paragraphs = paragraphRanges(text);
  const slice = (r: TextRange) => text.slice(r.start, r.end);
  paragraphs.forEach((range, index) => {
    const paragraph = slice(range);
    const repeatsHeadline = index === 0 && source.headline && norm(paragraph) === norm(source.headline);
    const isUpdate = source.updated && norm(paragraph).replace(/^updated:?\s*/, '') === norm(source.updated);
    if (repeatsHeadline || isUpdate || isCreditParagraph(paragraph, source)) debris.push(range);
  });
  const lead = paragraphs.find((range) => !debris.includes(range));
  if (source.date && lead) {
    const escaped = source.date.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const stamp = slice(lead).match(
      new RegExp(`^\\s*(?:date|published|posted|updated):?\\s+${escaped}(?=\\s)`, 'i'),
    );
    if (stamp) debris.push({ start: lead.start, end: lead.start + stamp[0].length });
  }
  for (let i = paragraphs.length - 1; i > 0; i--) {
    const paragraph = slice(paragraphs[i]).trim();
    if (SENTENCE_END.test(paragraph) || paragraph.split(/\s+/).length > 4) break;
    debris.push(paragraphs[i]);
  }
  return debris.sort((a, b) => a.start - b.start);
}

/**
 * The source with its {@link sourceDebris} blanked: each debris character becomes a space (line
 * breaks stay), so the text keeps its length and every offset into it still holds.
 */
export function withoutDebris(source: SourceText): SourceText {
  let text = source.text;
  for (const { start, end } of sourceDebris(source))
    text = text.slice(0, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
  return { ...source, text };
}
