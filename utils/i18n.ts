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

/** Message names that come in plural forms, `<name>_one`, `<name>_other` (and any other form a language needs). */
type PluralName = MessageKey extends infer Key ? (Key extends `${infer Name}_other` ? Name : never) : never;

/** Plural rules and number formats per language, made once: a popup counts every item of a long page. */
const FORMATS = new Map<string, { rules: Intl.PluralRules; numbers: Intl.NumberFormat }>();

/**
 * A counted message in the reader's language: the browser's i18n has no plurals, so each form is a
 * message of its own (`mentions_one`: "$1 mention", `mentions_other`: "$1 mentions") and
 * `Intl.PluralRules` for the interface's language (`uiLanguage`) picks one; a form the locale file
 * lacks falls back to `_other`. `$1` is the count, written the language's way ("1,234", "1 234").
 */
export function plural(t: Translate, name: PluralName, count: number, ...more: (string | number)[]): string {
  const language = t('uiLanguage');
  const locale = /^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/.test(language) ? language : 'en';
  let formats = FORMATS.get(locale);
  if (!formats) {
    formats = { rules: new Intl.PluralRules(locale), numbers: new Intl.NumberFormat(locale) };
    FORMATS.set(locale, formats);
  }
  const form = `${name}_${formats.rules.select(count)}` as MessageKey;
  const written = formats.numbers.format(count);
  const message = t(form, written, ...more);
  return message === form ? t(`${name}_other` as MessageKey, written, ...more) : message;
}
