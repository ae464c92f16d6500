import { plural } from '@/utils/i18n';
import type { PageStatus } from '@/utils/messages';
import { useT } from './i18n';

/** What the page's lists hold: leaders as people and as mentions, and figures. */
export interface PageCounts {
  leaders: number;
  /** How many times the page names its leaders. */
  mentions: number;
  claims: number;
}

/** Props for {@link PageSummary}. */
export interface PageSummaryProps {
  status: PageStatus;
  counts: PageCounts;
  /** Highlights are on for this page under the settings. */
  on: boolean;
  /** The reader asked for the page to be analysed though it is not English news. */
  forced: boolean;
}

/** One or two lines on the page: news or not, how many leaders (people and mentions) and figures, anything left out. */
export function PageSummary({ status, counts, on, forced }: PageSummaryProps) {
  const t = useT();
  const found = [
    plural(t, 'leaders', counts.leaders),
    plural(t, 'mentions', counts.mentions),
    plural(t, 'claims', counts.claims),
  ] as const;
  let line: string;
  if (forced) line = t('statusForced', ...found);
  else if (!status.readable) line = t('statusUnreadable', status.language || '?');
  else if (!on) line = t('statusNewsOff');
  else line = t('statusNews', ...found);
  return (
    <div class="summary" role="status">
      <p>{line}</p>
      {status.skippedChars > 0 && (
        <p class="muted">{t('statusSkipped', status.skippedChars.toLocaleString())}</p>
      )}
    </div>
  );
}
