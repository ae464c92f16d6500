import { browser } from '#imports';

/** The names of the interface's messages (public/_locales/en/messages.json is the reference). */
export type MessageKey = keyof typeof import('@/public/_locales/en/messages.json');

/** A message in the reader's language, with `$1`...`$9` filled in. */
export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

/** Messages from the browser's i18n, in the language the browser uses (English or French). */
export const browserTranslate: Translate = (key, ...substitutions) =>
  browser.i18n.getMessage(key, substitutions.map(String)) || key;

/** Fills `$1`...`$9` of a message from a locale file: for tests and tools that have no browser. */
export function fillMessage(message: string, substitutions: readonly (string | number)[]): string {
  return message.replace(/\$(\d|\$)/g, (match, which: string) =>
    which === '$' ? '$' : String(substitutions[Number(which) - 1] ?? ''),
  );
}
