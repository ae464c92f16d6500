/**
 * Source packs: a set of source articles in one versioned JSON file. The bundled sources are one
 * (`assets/sources.pack.json`, written by `npm run glossary`); the reader exports the sources they kept
 * as one and imports packs that others hand out. Pure: the format, its validation and identity.
 */

/** What every pack says it is. */
export const PACK_FORMAT = 'newslens-source-pack';
/** The format's version: a pack of a newer version is refused rather than half understood. */
export const PACK_VERSION = 1;
/** The largest pack file read: 50 MB, several thousand articles. */
export const MAX_PACK_BYTES = 50 * 1024 * 1024;
/** Most articles in one pack. */
export const MAX_PACK_SOURCES = 10_000;
/** Longest article text: what the background analyses in one request. */
export const MAX_SOURCE_CHARS = 1_500_000;
const MAX_NAME_CHARS = 500;
const MAX_URL_CHARS = 2_048;
const MAX_BYLINE_NAMES = 20;

/** One article of a pack, with the metadata the page stated. Only `text` is required. */
export interface PackSource {
  /** The article's address (http or https). */
  url?: string;
  headline?: string;
  /** The outlet or agency that published it. */
  outlet?: string;
  /** Publication date as the page states it: ISO 8601 (`2022-07-20` or a full date and time). */
  date?: string;
  byline?: string[];
  /** BCP 47 language tag ("en"). */
  language?: string;
  /** When the reader kept it (ISO 8601 date and time). */
  keptAt?: string;
  /** The article's body text, as analysed. */
  text: string;
}

/** A source pack as a file holds it. */
export interface SourcePack {
  format: typeof PACK_FORMAT;
  version: typeof PACK_VERSION;
  /** When the pack was made (ISO 8601). */
  created?: string;
  /** What the pack covers, in a few words ("two reports of one summit"). */
  title?: string;
  sources: PackSource[];
}

/** Why a file is not a pack that can be imported; `field` names the first bad field ("sources[3].url"). */
export type PackProblem =
  | { code: 'too-large'; bytes: number }
  | { code: 'not-json' }
  | { code: 'not-a-pack' }
  | { code: 'newer-version'; version: number }
  | { code: 'no-sources' }
  | { code: 'too-many'; count: number }
  | { code: 'bad-field'; field: string; reason: string };

export type PackResult = { ok: true; pack: SourcePack } | { ok: false; problem: PackProblem };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Control characters other than tab and line breaks have no place in a name.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const SOURCE_KEYS = new Set(['url', 'headline', 'outlet', 'date', 'byline', 'language', 'keptAt', 'text']);
const PACK_KEYS = new Set(['format', 'version', 'created', 'title', 'sources']);

/** Why a value is not a short name, or null when it is one. */
function nameProblem(value: unknown): string | null {
  if (typeof value !== 'string') return 'not text';
  if (!value.trim()) return 'empty';
  if (value.length > MAX_NAME_CHARS) return `longer than ${MAX_NAME_CHARS} characters`;
  return CONTROL.test(value) ? 'holds control characters' : null;
}

function dateProblem(value: unknown): string | null {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return 'not an ISO 8601 date';
  return Number.isNaN(Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value))
    ? 'not a real date'
    : null;
}

function urlProblem(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > MAX_URL_CHARS) return 'not an address';
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? null : 'not an http or https address';
  } catch {
    return 'not an address';
  }
}

/** Why a pack's source is broken (field and reason), or null when every field is right. */
export function sourceProblem(value: unknown): { field: string; reason: string } | null {
  if (!isRecord(value)) return { field: '', reason: 'not an object' };
  for (const key of Object.keys(value))
    if (!SOURCE_KEYS.has(key)) return { field: key, reason: 'unknown field' };
  const text = value.text;
  if (typeof text !== 'string') return { field: 'text', reason: 'missing or not text' };
  if (!/\p{L}/u.test(text)) return { field: 'text', reason: 'no words' };
  if (text.length > MAX_SOURCE_CHARS)
    return { field: 'text', reason: `longer than ${MAX_SOURCE_CHARS} characters` };
  const checks: [string, (v: unknown) => string | null][] = [
    ['url', urlProblem],
    ['headline', nameProblem],
    ['outlet', nameProblem],
    ['date', dateProblem],
    ['keptAt', dateProblem],
    ['language', (v) => (typeof v === 'string' && LANGUAGE.test(v) ? null : 'not a language tag')],
    [
      'byline',
      (v) =>
        !Array.isArray(v) || v.length > MAX_BYLINE_NAMES
          ? `not a list of at most ${MAX_BYLINE_NAMES} names`
          : (v.map(nameProblem).find(Boolean) ?? null),
    ],
  ];
  for (const [field, check] of checks) {
    if (value[field] === undefined) continue;
    const reason = check(value[field]);
    if (reason) return { field, reason };
  }
  return null;
}

/**
 * Reads a pack file's text (`bytes` long) and checks every field. A file that is too large, not JSON,
 * not a pack, of a newer version, or with any broken field gives the first problem found, and nothing
 * of it is to be imported: a pack is taken whole or not at all.
 */
export function parsePack(text: string, bytes = text.length): PackResult {
  if (bytes > MAX_PACK_BYTES) return { ok: false, problem: { code: 'too-large', bytes } };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  if (!isRecord(value) || value.format !== PACK_FORMAT) return { ok: false, problem: { code: 'not-a-pack' } };
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, problem: { code: 'bad-field', field: 'version', reason: 'not a whole number' } };
  if (version > PACK_VERSION) return { ok: false, problem: { code: 'newer-version', version } };
  for (const key of Object.keys(value))
    if (!PACK_KEYS.has(key))
      return { ok: false, problem: { code: 'bad-field', field: key, reason: 'unknown field' } };
  if (value.created !== undefined && dateProblem(value.created))
    return { ok: false, problem: { code: 'bad-field', field: 'created', reason: 'not an ISO 8601 date' } };
  if (value.title !== undefined) {
    const reason = nameProblem(value.title);
    if (reason) return { ok: false, problem: { code: 'bad-field', field: 'title', reason } };
  }
  const sources = value.sources;
  if (!Array.isArray(sources))
    return { ok: false, problem: { code: 'bad-field', field: 'sources', reason: 'not a list' } };
  if (sources.length === 0) return { ok: false, problem: { code: 'no-sources' } };
  if (sources.length > MAX_PACK_SOURCES)
    return { ok: false, problem: { code: 'too-many', count: sources.length } };
  for (const [i, source] of sources.entries()) {
    const problem = sourceProblem(source);
    if (problem) {
      const field = problem.field ? `sources[${i}].${problem.field}` : `sources[${i}]`;
      return { ok: false, problem: { code: 'bad-field', field, reason: problem.reason } };
    }
  }
  return { ok: true, pack: value as unknown as SourcePack };
}

/** A pack of `sources`, dated `created`. */
export function makePack(sources: readonly PackSource[], created?: string, title?: string): SourcePack {
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    ...(created ? { created } : {}),
    ...(title ? { title } : {}),
    sources: sources.map((source) => ({ ...source })),
  };
}

/** A pack as a file holds it: two-space indent and a final newline, stable for version control. */
export function serializePack(pack: SourcePack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}

/** A text as its identity sees it: white space collapsed, so a re-rendered copy is the same article. */
export const identityText = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The SHA-256 of a text's identity, in hex: two copies of one article have the same. */
export async function textHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(identityText(text)));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
