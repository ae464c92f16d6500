import { notNewsReasons } from '@/utils/not-news-reasons';
import { useT } from './i18n';

/** Props for {@link EmptyState}. */
export interface EmptyStateProps {
  /**
   * Why there is nothing to show: no content script, not news, news in a language the analysis
   * cannot read, or news with nothing found.
   */
  reason: 'unavailable' | 'not-news' | 'unread' | 'nothing';
  /** The detection signals, for saying in plain words why a page is not taken for news. */
  signals?: readonly string[];
  onAnalyzeAnyway?: () => void;
}

/** What the popup shows instead of lists, saying why, with the way out where there is one. */
export function EmptyState({ reason, signals = [], onAnalyzeAnyway }: EmptyStateProps) {
  const t = useT();
  if (reason === 'unavailable') return <p class="empty">{t('emptyUnavailable')}</p>;
  if (reason === 'nothing') return <p class="empty">{t('emptyNothing')}</p>;
  const button = onAnalyzeAnyway && (
    <button type="button" class="button" onClick={onAnalyzeAnyway}>
      {t('analyzeAnyway')}
    </button>
  );
  if (reason === 'unread')
    return (
      <div class="empty">
        <p class="muted">{t('emptyNewsUnread')}</p>
        {button}
      </div>
    );
  return (
    <div class="empty">
      <p>{t('emptyNotNews')}</p>
      <p class="muted">
        {t(
          'emptyWhy',
          notNewsReasons(signals)
            .map((key) => t(key))
            .join('; '),
        )}
      </p>
      {button}
    </div>
  );
}
