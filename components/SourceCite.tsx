import type { GlossarySource } from '@/analysis/glossary';

/** "Outlet, date", without the date twice when the label already gives it. */
export function citation(source: GlossarySource): string {
  return source.date && !source.label.includes(source.date)
    ? `${source.label}, ${source.date}`
    : source.label;
}

/** A source as a reader cites it: outlet (or agency), then date when the source gives one. */
export function SourceCite({ source }: { source: GlossarySource }) {
  return <cite class="cite">{citation(source)}</cite>;
}
