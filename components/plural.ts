import type { Translate } from '@/utils/i18n';

/**
 * "1 article", "14 articles": the message for `count` chosen by the interface language's plural rules
 * (`Intl.PluralRules`; French says "1 article" and "0 article" alike).
 */
export function articleCount(t: Translate, count: number): string {
  const one = new Intl.PluralRules(t('uiLanguage')).select(count) === 'one';
  return t(one ? 'articlesOne' : 'articlesOther', count);
}
