import type { ArticleDetection } from '@/dom/detect-article';
import type { PageStatus } from './messages';

/**
 * What Newslens keeps about a page inside the extension's own isolated world of that page (Chrome's
 * isolated world, Firefox's content-script sandbox), where the page's scripts cannot see or change it.
 * The probe, the reader and `scripting.executeScript` from the popup all run in that world, so they
 * share it without sending a message: on a page that is not news, nothing talks to the extension.
 */
export interface PageState {
  /** The probe's verdict on the page as it is now; null before its first check. */
  status: PageStatus | null;
  /** The detection behind `status`, so a reader loaded for the same address need not detect again. */
  detection: ArticleDetection | null;
  /** The reader has the page: it answers for it and follows it from now on. */
  readerLoaded: boolean;
  /** Stops the probe watching the page (the reader calls it when it starts). */
  stopProbe(): void;
}

/** The state's name on the isolated world's global object. */
export const PAGE_STATE = 'newslensPageState';

/** This world's page state, made on first use. */
export function pageState(scope: object = globalThis): PageState {
  const globals = scope as Record<string, PageState | undefined>;
  return (globals[PAGE_STATE] ??= { status: null, detection: null, readerLoaded: false, stopProbe() {} });
}

/**
 * The probe's verdict, read in the page's isolated world by `scripting.executeScript({ func, args:
 * [PAGE_STATE] })`. It runs there on its own, serialised: it may use nothing but its argument.
 */
export function readProbeStatus(key: string): unknown {
  const state = (globalThis as unknown as Record<string, { status?: unknown } | undefined>)[key];
  return state?.status ?? null;
}
