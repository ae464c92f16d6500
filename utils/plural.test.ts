import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fillMessage, plural, type Translate } from './i18n';

const locale = (language: string): Translate => {
  const messages = JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8')) as Record<
    string,
    { message: string }
  >;
  return (key, ...substitutions) => (messages[key] ? fillMessage(messages[key].message, substitutions) : key);
};

describe('plural', () => {
  it('picks the form the language’s plural rules ask for', () => {
    const en = locale('en');
    expect([0, 1, 2].map((n) => plural(en, 'mentions', n))).toEqual([
      '0 mentions',
      '1 mention',
      '2 mentions',
    ]);
    expect(plural(en, 'claims', 1)).toBe('1 numeric claim');
    const fr = locale('fr');
    expect([0, 1, 2].map((n) => plural(fr, 'leaders', n))).toEqual([
      '0 dirigeant',
      '1 dirigeant',
      '2 dirigeants',
    ]);
  });

  it('writes the count the language’s way', () => {
    expect(plural(locale('en'), 'mentions', 1234)).toBe('1,234 mentions');
    expect(plural(locale('fr'), 'mentions', 1234)).toBe('1\u202f234 mentions');
  });

  it('falls back to the `_other` form when the locale file has no message for the form asked', () => {
    // French asks for "many" at a million; the locale file has no `_many`.
    expect(new Intl.PluralRules('fr').select(1_000_000)).toBe('many');
    expect(plural(locale('fr'), 'mentions', 1_000_000)).toBe('1\u202f000\u202f000 mentions');
  });
});
