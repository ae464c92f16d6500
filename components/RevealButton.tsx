import { plural } from '@/utils/i18n';
import { useT } from './i18n';

/** Props for {@link RevealButton}. */
export interface RevealButtonProps {
  name: string;
  /** What the item is, after its name: a leader's role, what a figure counts. */
  detail?: string | null;
  /** The punctuation a screen reader hears between the name and the detail (seen as a space). */
  separator: string;
  /** How often the page mentions it. */
  mentions: number;
  onReveal: () => void;
}

/**
 * A popup item's heading as a button that shows the item on the page: its name, detail and mentions,
 * read aloud as one sentence ("Name, role, 3 mentions. Show on the page").
 */
export function RevealButton({ name, detail, separator, mentions, onReveal }: RevealButtonProps) {
  const t = useT();
  return (
    <button type="button" class="item__reveal" onClick={onReveal}>
      <span class="item__name">{name}</span>
      {detail && (
        <>
          <span class="visually-hidden">{separator}</span> <span class="item__role">{detail}</span>
        </>
      )}
      <span class="visually-hidden">,</span>{' '}
      <span class="item__count">{plural(t, 'mentions', mentions)}</span>
      <span class="visually-hidden">.</span> <span class="visually-hidden">{t('showOnPage')}</span>
    </button>
  );
}
