import type { ClaimItem, FigureQuote } from '@/analysis/page-items';
import { useT } from './i18n';
import { PageSentences } from './PageSentences';
import { RevealButton } from './RevealButton';
import { SourceCite } from './SourceCite';

/** Props for {@link ClaimList}. */
export interface ClaimListProps {
  claims: readonly ClaimItem[];
  onReveal: (claim: ClaimItem) => void;
}

const unique = (values: string[]) => [...new Set(values)];

/** What a figure counts, unless its own words already say it ("30 points", "nine years"). */
function countsBeside(claim: ClaimItem): string {
  const counts = claim.counts.trim();
  if (!counts) return '';
  const words = ` ${claim.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return words.includes(` ${counts.toLowerCase()} `) ? '' : counts;
}

/**
 * The page's numeric claims: the figure and what it counts, the page's other figures for the same
 * thing (a difference within the page), the page's sentences giving it, and whether a source agrees
 * or gives another figure. Nothing is said of a figure no source mentions: the summary says it once.
 */
export function ClaimList({ claims, onReveal }: ClaimListProps) {
  const t = useT();
  const status = (claim: ClaimItem) => {
    if (claim.status === 'corroborated')
      return t('statusCorroborated', unique(claim.agreeing.map((q) => q.source.label)).join(', '));
    return t(
      'statusContradicted',
      unique(claim.differing.map((q) => t('figureInSource', q.text, q.source.label))).join('; '),
    );
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
          const withinPage = claim.page?.differing ?? [];
          return (
            <li key={claim.key} class={`item item--claim item--${claim.status}`}>
              <RevealButton
                name={claim.text}
                detail={countsBeside(claim)}
                separator=":"
                mentions={claim.mentions}
                onReveal={() => onReveal(claim)}
              />
              {withinPage.length > 0 && (
                <div class="item__differs">
                  <p class="claim-status claim-status--differs">
                    {t('differsOnPage', unique(withinPage.map((figure) => figure.text)).join(', '))}
                  </p>
                  <blockquote class="quote">{withinPage[0].sentence}</blockquote>
                </div>
              )}
              <div class="item__page">
                <PageSentences sentences={claim.page?.sentences ?? [claim.sentence]} shown={1} />
              </div>
              {quote && (
                <div class="item__context">
                  <p class={`claim-status claim-status--${claim.status}`}>{status(claim)}</p>
                  <blockquote class="quote">
                    {quote.sentence} <SourceCite source={quote.source} />
                  </blockquote>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
