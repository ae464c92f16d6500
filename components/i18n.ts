import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '@/utils/i18n';

/** The interface's messages: the browser's i18n in the popup, the English locale file in tests. */
export const I18n = createContext<Translate>((key) => key);

/** The translate function of the nearest I18n provider. */
export function useT(): Translate {
  return useContext(I18n);
}
