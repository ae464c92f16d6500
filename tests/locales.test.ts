// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The interface in English and French through the browser's i18n: the two must say the same things. */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LOCALES = ['en', 'fr'] as const;

interface Message {
  message: string;
  description?: string;
  placeholders?: unknown;
}
type Messages = Record<string, Message>;

const messages = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    JSON.parse(readFileSync(join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8')) as Messages,
  ]),
) as Record<(typeof LOCALES)[number], Messages>;

/** `$1`...`$9` in a message, sorted (a translation may put them in another order); `$$` is a literal dollar. */
const substitutions = (message: string) => [...message.matchAll(/\$(\d)/g)].map((match) => match[1]).sort();

/** Source files that show messages: entry points, components, page code, helpers, the manifest, scripts. */
function sourceFiles(): string[] {
  const folders = ['components', 'entrypoints', 'dom', 'utils', 'scripts'];
  const files = folders.flatMap((folder) =>
    readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' }).map((file) => join(folder, file)),
  );
  return [...files, 'wxt.config.ts'].filter(
    (file) => /\.(ts|tsx|html|css)$/.test(file) && !/\.test\.tsx?$/.test(file),
  );
}

/**
 * Message names the code asks for: `t('key')` (also `t(cond ? 'a' : 'b')`), `browserTranslate('key')`,
 * `getMessage('key')`, `__MSG_key__` in the manifest, HTML and CSS, the forms of `plural(t, 'name', n)`,
 * and the messages of `[/pattern/, 'key']` tables.
 */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of sourceFiles()) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const match of text.matchAll(/\b(?:t|browserTranslate|getMessage)\(\s*/g)) {
      // The first argument: up to the first comma or closing parenthesis.
      const argument = text.slice(match.index + match[0].length).split(/[,)]/, 1)[0];
      for (const literal of argument.matchAll(/(?:^|[?:]\s*)['"]([A-Za-z0-9_]+)['"]/g))
        used.set(literal[1], file);
    }
    for (const match of text.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)) used.set(match[1], file);
    // A counted message, `plural(t, 'name', n)`: every form of it, `name_one`, `name_other`...
    for (const match of text.matchAll(/\bplural\(\s*\w+,\s*['"]([A-Za-z0-9]+)['"]/g))
      for (const key of Object.keys(messages.en)) if (key.startsWith(`${match[1]}_`)) used.set(key, file);
    // A message named in a typed constant: `const name: MessageKey = 'key'`.
    for (const match of text.matchAll(/:\s*MessageKey\s*=\s*['"]([A-Za-z0-9_]+)['"]/g))
      used.set(match[1], file);
    // A table row that pairs a pattern with the message it stands for: `[/pattern/, 'key']`.
    for (const match of text.matchAll(/^\s*\[\/.+\/[a-z]*,\s*['"]([A-Za-z0-9_]+)['"]\],?$/gm))
      used.set(match[1], file);
  }
  return used;
}

describe('locales', () => {
  const en = messages.en;

  it.each(LOCALES)('%s has exactly the keys of en', (locale) => {
    expect(Object.keys(messages[locale]).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(LOCALES)('%s has a valid name and a non-empty message for every key', (locale) => {
    for (const [key, { message }] of Object.entries(messages[locale])) {
      // Chrome refuses other characters in names, and @@ names are the browser's own.
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(typeof message, key).toBe('string');
      expect(message.trim(), key).not.toBe('');
    }
  });

  it('every counted message has its `_other` form, the one any language falls back to', () => {
    for (const key of Object.keys(en).filter((name) => /_(?:zero|one|two|few|many)$/.test(name)))
      expect(en, key).toHaveProperty(key.replace(/_[a-z]+$/, '_other'));
  });

  it('fr uses the same $1...$9 as en in every message', () => {
    for (const [key, { message }] of Object.entries(en))
      expect(substitutions(messages.fr[key]?.message ?? ''), key).toEqual(substitutions(message));
  });

  it.each(LOCALES)('%s uses $ only for $1...$9 and $$ (no named placeholders)', (locale) => {
    for (const [key, { message, placeholders }] of Object.entries(messages[locale])) {
      expect(message.replace(/\$(\d|\$)/g, ''), key).not.toContain('$');
      expect(placeholders, key).toBeUndefined();
    }
  });

  it('fr is a translation, not a copy', () => {
    // Names, codes and words that are the same in both languages.
    const same = new Set(['extName', 'mentions_one', 'mentions_other', 'organisation']);
    const copied = Object.keys(en).filter(
      (key) => !same.has(key) && messages.fr[key]?.message === en[key].message,
    );
    expect(copied).toEqual([]);
  });

  it('has in en every message the code asks for', () => {
    const used = usedKeys();
    // Enough found to know the search works: the manifest, the popup, the options page and the card.
    for (const key of ['extName', 'commandToggle', 'tagline', 'optionsTitle', 'cardClose', 'uiLanguage'])
      expect(used.has(key), key).toBe(true);
    const missing = [...used].filter(([key]) => !(key in en)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('has no message the code never asks for', () => {
    const used = usedKeys();
    expect(Object.keys(en).filter((key) => !used.has(key))).toEqual([]);
  });
});
