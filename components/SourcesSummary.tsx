import type { GlossarySource } from '@/analysis/glossary';
import type { PageItem } from '@/analysis/page-items';
import type { SourcesList } from '@/utils/messages';
import { useT } from './i18n';
import { plural } from '@/utils/i18n';
import { citation, readableDate } from './SourceCite';

/** Props for {@link SourcesSummary}. */
export interface SourcesSummaryProps {
  /** The sources the background knows; null while loading or when it cannot say. */
  sources: SourcesList | null;
  /** The page's items, matched against the sources. */
  items: readonly PageItem[];
  /** The page is an analysed English news article that can be kept. */
  canKeep: boolean;
  /** What keeping said last: an error, or nothing. */
  keepError?: string | null;
  busy?: boolean;
  onKeep: () => void;
}

/** The sources that give one of the page's figures (the same or another): they speak of its story. */
export function storySources(items: readonly PageItem[]): GlossarySource[] {
  const found = new Map<string, GlossarySource>();
  for (const item of items)
    if (item.kind === 'claim')
      for (const quote of [...item.agreeing, ...item.differing]) found.set(quote.source.id, quote.source);
  return [...found.values()];
}

/**
 * Said once, at the top of the popup: what the sources cover (bundled reports, kept articles), whether
 * any of them is about this page's story, and the button that keeps this page as a source.
 */
export function SourcesSummary({ sources, items, canKeep, keepError, busy, onKeep }: SourcesSummaryProps) {
  const t = useT();
  if (!sources) return null;
  const bundled = sources.bundled.length;
  const kept = sources.kept.length;
  const story = storySources(items);
  const names = story.map((source) => citation(source, t('uiLanguage'))).join('; ');
  const cover = t('sourcesCover', plural(t, 'sourcesBundled', bundled), plural(t, 'sourcesKept', kept));
  return (
    <section class="sources-summary" aria-labelledby="sources-heading">
      <h2 id="sources-heading" class="section-title">
        {t('sourcesHeading')}
      </h2>
      <p class="sources-summary__cover">{cover}</p>
      <p class="sources-summary__story">
        {story.length === 0 ? t('sourcesAboutNone') : plural(t, 'sourcesAbout', story.length, names)}
      </p>
      {sources.thisPage ? (
        <p class="sources-summary__kept">
          {t('keptSource', readableDate(sources.thisPage.keptAt.slice(0, 10), t('uiLanguage')))}
        </p>
      ) : (
        canKeep && (
          <div class="sources-summary__keep">
            <button type="button" class="button" onClick={onKeep} disabled={busy}>
              {t('keepSource')}
            </button>
            <p class="muted">{t('keepHint')}</p>
          </div>
        )
      )}
      {keepError && (
        <p class="sources-summary__error" role="alert">
          {t('keepFailed', keepError)}
        </p>
      )}
    </section>
  );
}
