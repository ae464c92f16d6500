import type { LeaderItem } from '@/analysis/page-items';
import { useT } from './i18n';
import { citation, SourceCite } from './SourceCite';

/** Props for {@link LeaderList}. */
export interface LeaderListProps {
  leaders: readonly LeaderItem[];
  onReveal: (leader: LeaderItem) => void;
}

/**
 * The page's leaders in order of first mention: name and role as the page states it, then what the
 * bundled sources say (role per source, up to three sentences), or the page's own sentence when the
 * sources do not know them.
 */
export function LeaderList({ leaders, onReveal }: LeaderListProps) {
  const t = useT();
  return (
    <section aria-labelledby="leaders-heading">
      <h2 id="leaders-heading" class="section-title">
        {t('leadersHeading')}
      </h2>
      <ul class="items">
        {leaders.map((leader) => (
          <li key={leader.key} class="item item--leader">
            <button
              type="button"
              class="item__reveal"
              onClick={() => onReveal(leader)}
              aria-label={`${leader.name}. ${t('showOnPage')}`}
            >
              <span class="item__name">{leader.name}</span>
              {leader.role && <span class="item__role">{leader.role}</span>}
              <span class="item__count">{t('mentions', leader.mentions)}</span>
            </button>
            {leader.quotes.length > 0 ? (
              <details class="item__context">
                <summary class="label">{t('sourcesSay')}</summary>
                {leader.fullName && <p class="item__fullname">{t('fullNameInSources', leader.fullName)}</p>}
                <ul class="roles">
                  {leader.roles.map(({ role, source }) => (
                    <li key={`${source.id}:${role}`}>
                      {t('roleInSource', role, citation(source, t('uiLanguage')))}
                    </li>
                  ))}
                </ul>
                {leader.quotes.map((quote) => (
                  <blockquote key={quote.sentence} class="quote">
                    {quote.sentence} <SourceCite source={quote.source} />
                  </blockquote>
                ))}
              </details>
            ) : (
              <div class="item__context">
                <p class="muted">{t('unknownToSources')}</p>
                <p class="label">{t('onThisPage')}</p>
                <blockquote class="quote">{leader.sentence}</blockquote>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
