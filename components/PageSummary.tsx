import type { PageStatus } from '@/utils/messages';
import { useT } from './i18n';

/** Props for {@link PageSummary}. */
export interface PageSummaryProps {
  status: PageStatus;
  /** Highlights are on for this page under the settings. */
  on: boolean;
  /** The reader asked for the page to be analysed though it is not English news. */
  forced: boolean;
}

/** One or two lines on the page: news or not, how many highlights, anything left out. */
export function PageSummary({ status, on, forced }: PageSummaryProps) {
  const t = useT();
  let line: string;
  if (forced) line = t('statusForced', status.leaders, status.claims);
  else if (!status.readable) line = t('statusUnreadable', status.language || '?');
  else if (!on) line = t('statusNewsOff');
  else line = t('statusNews', status.leaders, status.claims);
  return (
    <div class="summary" role="status">
      <p>{line}</p>
      {status.skippedChars > 0 && (
        <p class="muted">{t('statusSkipped', status.skippedChars.toLocaleString())}</p>
      )}
    </div>
  );
}
