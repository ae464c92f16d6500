import type { GlossarySource } from '@/analysis/glossary';
import { useT } from './i18n';

/** An ISO date ("2022-07-20") as the reader's language writes it ("20 July 2022"); anything else as given. */
export function readableDate(date: string, locale?: string): string {
  const match = date.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!match) return date;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(day.getTime())) return date;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(day);
}

/**
 * "Outlet, date", or "“Headline”, date" when the outlet is unknown; without the date twice when the
 * label already gives it.
 */
export function citation(source: GlossarySource, locale?: string): string {
  if (!source.date || source.label.includes(source.date)) return source.label;
  const date = readableDate(source.date, locale);
  return source.label ? `${source.label}, ${date}` : date;
}

/** A source as a reader cites it: outlet (or agency, or headline), then date when the source gives one. */
export function SourceCite({ source }: { source: GlossarySource }) {
  const t = useT();
  return <cite class="cite">{citation(source, t('uiLanguage'))}</cite>;
}
