import type { HighlightSpan } from '@/analysis/highlights';
import type { Glossary, GlossarySource } from '@/analysis/glossary';
import type { PageItem } from '@/analysis/page-items';
// Relative, not '@/': end-to-end tests import this file without the build's aliases.
import { MAX_PACK_BYTES, MAX_SOURCE_CHARS } from '../analysis/source-pack';
import type { ImportResult, KeptSummary, PageMeta } from './source-library';

/**
 * The typed protocol between content scripts, the popup and the background. Every message names
 * its target, so a page or another extension cannot pass for us and the offscreen-style listeners
 * that see all runtime messages can ignore what is not theirs. Anything of the wrong shape is refused.
 */
export const BACKGROUND = 'newslens-background';
/** Messages for a tab's content script, from the popup or the background. */
export const CONTENT = 'newslens-content';

/** The most characters the background analyses in one request (about 1.5 MB of article text). */
export const MAX_ANALYZED_CHARS = MAX_SOURCE_CHARS;

/** What a content script knows about its page, for the popup and the badge. */
export interface PageStatus {
  url: string;
  isNews: boolean;
  /** The analysis reads the article's language. */
  readable: boolean;
  language: string;
  score: number;
  signals: string[];
  /** Highlights currently in the page, by kind. */
  leaders: number;
  claims: number;
  /** Characters of the article left unanalysed because of MAX_ANALYZED_CHARS. */
  skippedChars: number;
  /** Main-thread milliseconds the content script spent deciding whether the page is news. */
  detectMs: number;
}

export type BackgroundRequest =
  /** `url`: the page's address, so that its own kept copy never corroborates it. */
  | { target: typeof BACKGROUND; type: 'analyze'; text: string; url?: string }
  | { target: typeof BACKGROUND; type: 'page-status'; status: PageStatus }
  /**
   * From the probe: the page is English news, so inject the reader into the sender's frame.
   */
  | { target: typeof BACKGROUND; type: 'load-reader' }
  | SourcesRequest;

/**
 * The kept sources. `keep-source` comes from the popup (the reader's choice) or, with `auto`, from the
 * reader script when the "keep every article" setting is on; the others only from the extension's pages.
 */
export type SourcesRequest =
  | { target: typeof BACKGROUND; type: 'keep-source'; meta: PageMeta; text: string; auto: boolean }
  /** The sources, and the kept copy of the page at `url` when there is one. */
  | { target: typeof BACKGROUND; type: 'list-sources'; url?: string }
  | { target: typeof BACKGROUND; type: 'remove-sources'; ids: string[] }
  /** Removes every kept source, or only those the setting kept. */
  | { target: typeof BACKGROUND; type: 'clear-sources'; autoOnly: boolean }
  | { target: typeof BACKGROUND; type: 'export-sources' }
  /** All the sources as one glossary, for the popup's glossary view. */
  | { target: typeof BACKGROUND; type: 'sources-glossary' }
  /** A pack file's text and its size in bytes. */
  | { target: typeof BACKGROUND; type: 'import-sources'; text: string; bytes: number };

/** What `list-sources` answers. */
export interface SourcesList {
  bundled: GlossarySource[];
  /** Newest first. */
  kept: KeptSummary[];
  /** Bytes the kept sources take. */
  bytes: number;
  /** The kept copy of the page asked about. */
  thisPage: KeptSummary | null;
}

export type SourcesReply =
  | {
      ok: true;
      list?: SourcesList;
      kept?: KeptSummary;
      removed?: number;
      pack?: string;
      /** How many articles `pack` holds. */
      articles?: number;
      imported?: ImportResult;
      glossary?: Glossary;
    }
  | { ok: false; error: string };

/** The background's answer to `load-reader`. */
export type LoadReaderReply = { ok: true } | { ok: false; error: string };

/** What the analysis finds in a text: the spans to highlight and one item per leader or figure for the UI. */
export interface Analysed {
  spans: HighlightSpan[];
  items: PageItem[];
}

export type AnalyzeReply = ({ ok: true } & Analysed) | { ok: false; error: string };

export type ContentRequest =
  /** The page's status and items, for the popup. */
  | { target: typeof CONTENT; type: 'get-page' }
  /** Scroll to a leader's or figure's first (then next) mention and mark it briefly. */
  | { target: typeof CONTENT; type: 'reveal'; kind: 'leader' | 'claim'; key: string }
  /** Read and highlight a page that detection did not take for English news. */
  | { target: typeof CONTENT; type: 'analyze-anyway' }
  /** Move the focus to the next highlight and show its card (a keyboard command). */
  | { target: typeof CONTENT; type: 'next-highlight' }
  /** The analysed text and what the page states about itself, for keeping it as a source. */
  | { target: typeof CONTENT; type: 'page-source' }
  /** The kept sources changed: match the page again. */
  | { target: typeof CONTENT; type: 'sources-changed' };

/** A content script's answer to `page-source`: null when the page has no analysed article. */
export type PageSource = { text: string; meta: PageMeta } | null;

/** A content script's answer to `get-page`. */
export interface PageReport {
  status: PageStatus | null;
  items: PageItem[];
  /** The reader asked to analyse a page that is not English news. */
  forced: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function isPageStatus(value: unknown): value is PageStatus {
  if (!isRecord(value)) return false;
  const numbers = ['score', 'leaders', 'claims', 'skippedChars', 'detectMs'] as const;
  return (
    typeof value.url === 'string' &&
    typeof value.isNews === 'boolean' &&
    typeof value.readable === 'boolean' &&
    typeof value.language === 'string' &&
    Array.isArray(value.signals) &&
    value.signals.every((signal) => typeof signal === 'string') &&
    numbers.every((key) => typeof value[key] === 'number' && Number.isFinite(value[key]))
  );
}

/** A page's metadata as the reader reads it: an address, and optional short texts. */
function isPageMeta(value: unknown): value is PageMeta {
  if (!isRecord(value) || typeof value.url !== 'string' || value.url.length > 2048) return false;
  const text = (key: string) =>
    value[key] === undefined || (typeof value[key] === 'string' && value[key].length <= 2000);
  return (
    ['headline', 'outlet', 'date', 'language'].every(text) &&
    (value.byline === undefined ||
      (Array.isArray(value.byline) &&
        value.byline.length <= 50 &&
        value.byline.every((n) => typeof n === 'string')))
  );
}

/** The request, when `message` is a well-formed one addressed to the background; otherwise null. */
export function parseBackgroundRequest(message: unknown): BackgroundRequest | null {
  if (!isRecord(message) || message.target !== BACKGROUND) return null;
  switch (message.type) {
    case 'analyze':
      return typeof message.text === 'string' &&
        message.text.length <= MAX_ANALYZED_CHARS &&
        (message.url === undefined || typeof message.url === 'string')
        ? {
            target: BACKGROUND,
            type: 'analyze',
            text: message.text,
            ...(typeof message.url === 'string' ? { url: message.url } : {}),
          }
        : null;
    case 'keep-source':
      return typeof message.text === 'string' &&
        message.text.length <= MAX_ANALYZED_CHARS &&
        typeof message.auto === 'boolean' &&
        isPageMeta(message.meta)
        ? {
            target: BACKGROUND,
            type: 'keep-source',
            meta: message.meta,
            text: message.text,
            auto: message.auto,
          }
        : null;
    case 'list-sources':
      return message.url === undefined || typeof message.url === 'string'
        ? {
            target: BACKGROUND,
            type: 'list-sources',
            ...(typeof message.url === 'string' ? { url: message.url } : {}),
          }
        : null;
    case 'remove-sources':
      return Array.isArray(message.ids) && message.ids.every((id) => typeof id === 'string')
        ? { target: BACKGROUND, type: 'remove-sources', ids: message.ids as string[] }
        : null;
    case 'clear-sources':
      return typeof message.autoOnly === 'boolean'
        ? { target: BACKGROUND, type: 'clear-sources', autoOnly: message.autoOnly }
        : null;
    case 'export-sources':
    case 'sources-glossary':
      return { target: BACKGROUND, type: message.type };
    case 'import-sources':
      return typeof message.text === 'string' &&
        message.text.length <= MAX_PACK_BYTES &&
        typeof message.bytes === 'number' &&
        Number.isFinite(message.bytes)
        ? { target: BACKGROUND, type: 'import-sources', text: message.text, bytes: message.bytes }
        : null;
    case 'page-status':
      return isPageStatus(message.status)
        ? { target: BACKGROUND, type: 'page-status', status: message.status }
        : null;
    case 'load-reader':
      return { target: BACKGROUND, type: 'load-reader' };
    default:
      return null;
  }
}

/** The request, when `message` is a well-formed one addressed to a content script; otherwise null. */
export function parseContentRequest(message: unknown): ContentRequest | null {
  if (!isRecord(message) || message.target !== CONTENT) return null;
  switch (message.type) {
    case 'get-page':
    case 'analyze-anyway':
    case 'next-highlight':
    case 'page-source':
    case 'sources-changed':
      return { target: CONTENT, type: message.type };
    case 'reveal':
      return (message.kind === 'leader' || message.kind === 'claim') &&
        typeof message.key === 'string' &&
        message.key.length <= 500
        ? { target: CONTENT, type: 'reveal', kind: message.kind, key: message.key }
        : null;
    default:
      return null;
  }
}

/** What was thrown, as text. */
export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Sends `request` to the background with `send` and returns its reply when that says ok. A service
 * worker stopped mid-request answers `undefined` or rejects with a closed channel, so a request that
 * fails is sent once more; after that, this throws with the last error.
 */
export async function askBackground<Reply extends AnalyzeReply | LoadReaderReply | SourcesReply>(
  send: (request: BackgroundRequest) => Promise<unknown>,
  request: BackgroundRequest,
): Promise<Extract<Reply, { ok: true }>> {
  let lastError = 'no reply';
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const reply = (await send(request)) as Reply | undefined;
      if (reply?.ok) return reply as Extract<Reply, { ok: true }>;
      if (reply) lastError = reply.error;
    } catch (error) {
      lastError = errorText(error);
    }
  }
  throw new Error(lastError);
}
