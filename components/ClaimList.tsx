import type { ClaimItem, FigureQuote } from '@/analysis/page-items';
import { useT } from './i18n';
import { SourceCite } from './SourceCite';

/** Props for {@link ClaimList}. */
export interface ClaimListProps {
  claims: readonly ClaimItem[];
  onReveal: (claim: ClaimItem) => void;
}

const unique = (values: string[]) => [...new Set(values)];

/** The page's numeric claims: the figure, what it counts, and whether the bundled sources agree. */
export function ClaimList({ claims, onReveal }: ClaimListProps) {
  const t = useT();
  const status = (claim: ClaimItem) => {
    if (claim.status === 'corroborated')
      return t('statusCorroborated', unique(claim.agreeing.map((q) => q.source.label)).join(', '));
    if (claim.status === 'contradicted')
      return t(
        'statusContradicted',
        unique(claim.differing.map((q) => t('figureInSource', q.text, q.source.label))).join('; '),
      );
    return t('statusUnmentioned');
  };
  const evidence = (claim: ClaimItem): FigureQuote | undefined => claim.agreeing[0] ?? claim.differing[0];
  return (
    <section aria-labelledby="claims-heading">
      <h2 id="claims-heading" class="section-title">
        {t('claimsHeading')}
      </h2>
      <ul class="items">
        {claims.map((claim) => {
          const quote = evidence(claim);
          return (
            <li key={claim.key} class={`item item--claim item--${claim.status}`}>
              <button
                type="button"
                class="item__reveal"
                onClick={() => onReveal(claim)}
                aria-label={`${claim.text}. ${t('showOnPage')}`}
              >
                <span class="item__name">{claim.text}</span>
                {claim.counts && <span class="item__role">{t('counts', claim.counts)}</span>}
              </button>
              <p class={`claim-status claim-status--${claim.status}`}>{status(claim)}</p>
              {quote && (
                <blockquote class="quote">
                  {quote.sentence} <SourceCite source={quote.source} />
                </blockquote>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
