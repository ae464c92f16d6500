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

/**
 * This world's page state, made on first use. Only an own property counts: the page's elements with
 * that id or name show through on the window (named access) and must not pass for it.
 */
export function pageState(scope: object = globalThis): PageState {
  const globals = scope as Record<string, PageState>;
  if (!Object.hasOwn(globals, PAGE_STATE))
    globals[PAGE_STATE] = { status: null, detection: null, readerLoaded: false, stopProbe() {} };
  return globals[PAGE_STATE];
}

/** What the popup reads of the page state. */
export interface PageStateView {
  status: unknown;
  readerLoaded: boolean;
}

/**
 * The probe's verdict and whether the reader has the page, read in the page's isolated world by
 * `scripting.executeScript({ func, args: [PAGE_STATE] })`; null where there is no probe. It runs there
 * on its own, serialised: it may use nothing but its argument.
 */
export function readPageState(key: string): PageStateView | null {
  const scope = globalThis as unknown as Record<string, { status?: unknown; readerLoaded?: unknown }>;
  if (!Object.hasOwn(scope, key)) return null;
  const state = scope[key];
  return { status: state.status ?? null, readerLoaded: state.readerLoaded === true };
}
