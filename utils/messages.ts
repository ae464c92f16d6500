import type { HighlightSpan } from '@/analysis/highlights';

/**
 * The typed protocol between content scripts, the popup and the background. Every message names
 * its target, so a page or another extension cannot pass for us and the offscreen-style listeners
 * that see all runtime messages can ignore what is not theirs. Anything of the wrong shape is refused.
 */
export const BACKGROUND = 'newslens-background';

/** The most characters the background analyses in one request (about 1.5 MB of article text). */
export const MAX_ANALYZED_CHARS = 1_500_000;

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
  | { target: typeof BACKGROUND; type: 'analyze'; text: string }
  | { target: typeof BACKGROUND; type: 'page-status'; status: PageStatus }
  | { target: typeof BACKGROUND; type: 'get-page-status'; tabId: number };

export type AnalyzeReply = { ok: true; spans: HighlightSpan[] } | { ok: false; error: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isPageStatus(value: unknown): value is PageStatus {
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

/** The request, when `message` is a well-formed one addressed to the background; otherwise null. */
export function parseBackgroundRequest(message: unknown): BackgroundRequest | null {
  if (!isRecord(message) || message.target !== BACKGROUND) return null;
  switch (message.type) {
    case 'analyze':
      return typeof message.text === 'string' && message.text.length <= MAX_ANALYZED_CHARS
        ? { target: BACKGROUND, type: 'analyze', text: message.text }
        : null;
    case 'page-status':
      return isPageStatus(message.status)
        ? { target: BACKGROUND, type: 'page-status', status: message.status }
        : null;
    case 'get-page-status':
      return Number.isInteger(message.tabId)
        ? { target: BACKGROUND, type: 'get-page-status', tabId: message.tabId as number }
        : null;
    default:
      return null;
  }
}
