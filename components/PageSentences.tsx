import { plural } from '@/utils/i18n';
import { useT } from './i18n';

/** Props for {@link PageSentences}. */
export interface PageSentencesProps {
  sentences: readonly string[];
  /** How many show at first; the rest open on request. */
  shown?: number;
}

/** The page's own sentences about an item: the first few, the rest behind a disclosure. */
export function PageSentences({ sentences, shown = 3 }: PageSentencesProps) {
  const t = useT();
  if (sentences.length === 0) return null;
  const rest = sentences.slice(shown);
  return (
    <div class="page-sentences">
      <p class="label">{t('onThisPage')}</p>
      {sentences.slice(0, shown).map((sentence) => (
        <blockquote key={sentence} class="quote">
          {sentence}
        </blockquote>
      ))}
      {rest.length > 0 && (
        <details class="more">
          <summary>{plural(t, 'moreSentences', rest.length)}</summary>
          {rest.map((sentence) => (
            <blockquote key={sentence} class="quote">
              {sentence}
            </blockquote>
          ))}
        </details>
      )}
    </div>
  );
}
