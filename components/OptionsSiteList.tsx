import { useEffect, useRef } from 'preact/hooks';
import { useT } from './i18n';

/** Props for {@link OptionsSiteList}. */
export interface OptionsSiteListProps {
  /** Host names where highlights are off. */
  sites: readonly string[];
  onRemove: (site: string) => void;
  onClear: () => void;
}

/**
 * The sites where highlights are off, each with a button that turns them back on, and one that clears the list.
 * Keyboard focus never falls off the page: after a removal it moves to the next site's button, or to the
 * heading once the list is empty.
 */
export function OptionsSiteList({ sites, onRemove, onClear }: OptionsSiteListProps) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // Where focus goes once the list has changed: the position of the removed site, and the list it was in.
  const focusAt = useRef<{ index: number; before: readonly string[] } | null>(null);
  const sorted = [...sites].sort((a, b) => a.localeCompare(b));

  useEffect(() => {
    const at = focusAt.current;
    if (!at || at.before === sites) return;
    focusAt.current = null;
    const buttons = list.current?.querySelectorAll('button') ?? [];
    (buttons[Math.min(at.index, buttons.length - 1)] ?? heading.current)?.focus();
  }, [sites]);

  return (
    <section class="options-section" aria-labelledby="options-sites-heading">
      <h2 id="options-sites-heading" class="section-title" tabIndex={-1} ref={heading}>
        {t('optionsSitesHeading')}
      </h2>
      <p class="muted">{t('optionsSitesHint')}</p>
      {sorted.length === 0 ? (
        <p class="empty">{t('optionsSitesEmpty')}</p>
      ) : (
        <>
          <ul class="site-list" ref={list}>
            {sorted.map((site, index) => (
              <li key={site} class="site-list__item">
                <span class="site-list__name">{site}</span>
                <button
                  type="button"
                  class="button button--secondary button--small"
                  aria-label={t('optionsRemoveSite', site)}
                  onClick={() => {
                    focusAt.current = { index, before: sites };
                    onRemove(site);
                  }}
                >
                  {t('optionsRemove')}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              focusAt.current = { index: 0, before: sites };
              onClear();
            }}
          >
            {t('optionsClearSites')}
          </button>
        </>
      )}
    </section>
  );
}
