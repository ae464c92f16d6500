import { useT } from './i18n';

/** Props for {@link EmptyState}. */
export interface EmptyStateProps {
  /** Why there is nothing to show: no content script, not news, or news with nothing found. */
  reason: 'unavailable' | 'not-news' | 'nothing';
  /** The detection signals, for saying why a page is not taken for news. */
  signals?: readonly string[];
  onAnalyzeAnyway?: () => void;
}

/** What the popup shows instead of lists, saying why, with the way out where there is one. */
export function EmptyState({ reason, signals = [], onAnalyzeAnyway }: EmptyStateProps) {
  const t = useT();
  if (reason === 'unavailable') return <p class="empty">{t('emptyUnavailable')}</p>;
  if (reason === 'nothing') return <p class="empty">{t('emptyNothing')}</p>;
  return (
    <div class="empty">
      <p>{t('emptyNotNews')}</p>
      <p class="muted">{signals.length > 0 ? t('emptyWhy', signals.join(', ')) : t('emptyNoSignals')}</p>
      {onAnalyzeAnyway && (
        <button type="button" class="button" onClick={onAnalyzeAnyway}>
          {t('analyzeAnyway')}
        </button>
      )}
    </div>
  );
}
