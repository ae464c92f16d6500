import type { LeaderItem } from '@/analysis/page-items';
import { useT } from './i18n';
import { PageSentences } from './PageSentences';
import { RevealButton } from './RevealButton';
import { citation, SourceCite } from './SourceCite';

/** Props for {@link LeaderList}. */
export interface LeaderListProps {
  leaders: readonly LeaderItem[];
  onReveal: (leader: LeaderItem) => void;
}

/**
 * The page's leaders in order of first mention: name, the role the page gives them and how often it
 * names them; then what the page itself says (every office it gives them, its first three sentences
 * naming them, the rest on request), and what the sources say when they know them.
 */
export function LeaderList({ leaders, onReveal }: LeaderListProps) {
  const t = useT();
  return (
    <section aria-labelledby="leaders-heading">
      <h2 id="leaders-heading" class="section-title">
        {t('leadersHeading')}
      </h2>
      <ul class="items">
        {leaders.map((leader) => {
          const offices = leader.page?.offices ?? [];
          return (
            <li key={leader.key} class="item item--leader">
              <RevealButton
                name={leader.name}
                detail={leader.role}
                separator=","
                mentions={leader.mentions}
                onReveal={() => onReveal(leader)}
              />
              <div class="item__page">
                {offices.length > 1 && <p class="muted">{t('officesOnPage', offices.join('; '))}</p>}
                <PageSentences sentences={leader.page?.sentences ?? [leader.sentence]} />
              </div>
              {leader.quotes.length > 0 && (
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
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
