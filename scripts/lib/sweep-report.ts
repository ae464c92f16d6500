/** The sweep's report: a table per page, the details of what went wrong, and the totals. */
import type { PageStatus } from '../../utils/messages';
import type { ExtensionCpu } from './extension-profiler';
import { median, p90 } from './timing';

/** What the sweep found on one page. */
export interface PageReport {
  name: string;
  /** Why the page could not be checked (it did not load, or the extension never gave a verdict). */
  failure?: string;
  /** Where the page's own script or refresh tried to send it, if it did. */
  leftFor?: string;
  status: PageStatus | null;
  marks: { leader: number; claim: number; other: number };
  errors: string[];
  /** Where the text differs from the page's own, with highlights on or off; null when it never did. */
  textChange: string | null;
  /** Where the body's serialised DOM differs from the page's own after highlights were turned off. */
  restoreDifference: string | null;
  /** The page's own changes to its DOM after DOMContentLoaded. */
  pageChanges: number;
  cpu: ExtensionCpu | null;
  /** Texts the page asked the background to analyse: 1, or 2 for a long article (the part on screen first). */
  analyses: number;
  seconds: number;
}

const ms = (value: number | undefined) => (value === undefined ? '-' : value.toFixed(value < 10 ? 1 : 0));

function verdict(status: PageStatus | null): string {
  if (!status) return '?';
  if (!status.isNews) return '-';
  return status.readable ? 'news' : `news (${status.language || '?'})`;
}

/** What the table's columns mean, printed under it. */
export const LEGEND = `
verdict: the extension's own (its status for the popup): news, news in a language it does not read, or -.
leaders, claims: <newslens-mark> elements of each kind once highlighting settled.
text: body.textContent with highlights on and after turning them off, against the page's own.
restore: the body's innerHTML after turning highlights off, against the page's own (as parsed, or as its
  scripts last changed it).
detect ms: PageStatus.detectMs, the first detection's main-thread time as the content script timed it.
cpu ms: samples (every 250 us) of the page's main thread with extension code on the stack, from before
  navigation until highlights were turned off: its scripts' compile and run time plus the DOM and layout
  work they call; not the layout the browser does later on its own. A sample counts for at most 1 ms, so
  time the thread spent off the CPU is not charged. longest ms: the longest unbroken run of them.
analyses: texts the page asked the background to analyse (1; 2 for a long article, the part on screen first).`;

export function printTable(
  reports: readonly PageReport[],
  labels: Record<string, { isNews: boolean }>,
): void {
  const rows = reports.map((r) => {
    const label = labels[r.name];
    const disagrees = label && r.status && label.isNews !== r.status.isNews ? ' *' : '';
    return [
      r.name,
      r.failure ? 'FAILED' : verdict(r.status) + disagrees,
      String(r.marks.leader),
      String(r.marks.claim),
      String(r.errors.length),
      r.failure ? '-' : r.textChange ? 'CHANGED' : 'same',
      r.failure ? '-' : r.restoreDifference ? 'DIFFERS' : 'exact',
      ms(r.status?.detectMs),
      ms(r.cpu?.ms),
      ms(r.cpu?.longestMs),
      String(r.analyses),
      r.seconds.toFixed(1),
    ];
  });
  const head = [
    'page',
    'verdict',
    'leaders',
    'claims',
    'errors',
    'text',
    'restore',
    'detect ms',
    'cpu ms',
    'longest ms',
    'analyses',
    's',
  ];
  const widths = head.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i < 2 || i === 5 || i === 6 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ');
  console.log(line(head));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

export function printDetails(reports: readonly PageReport[]): void {
  for (const r of reports) {
    const notes = [
      ...(r.failure ? [r.failure] : []),
      ...r.errors,
      ...(r.textChange ? [`text changed ${r.textChange}`] : []),
      ...(r.restoreDifference ? [`DOM not restored ${r.restoreDifference}`] : []),
    ];
    if (notes.length) console.log(`\n${r.name}:\n${notes.map((note) => `  ${note}`).join('\n')}`);
  }
}

export function printTotals(
  reports: readonly PageReport[],
  labels: Record<string, { isNews: boolean }>,
  seconds: number,
): number {
  const checked = reports.filter((r) => !r.failure);
  const news = checked.filter((r) => r.status?.isNews);
  const readable = news.filter((r) => r.status?.readable);
  const sum = (pick: (r: PageReport) => number) => reports.reduce((total, r) => total + pick(r), 0);
  const failures = reports.length - checked.length;
  const errors = reports.filter((r) => r.errors.length).length;
  const textChanges = reports.filter((r) => r.textChange).length;
  const restores = reports.filter((r) => r.restoreDifference).length;
  const moving = checked.filter((r) => r.pageChanges > 0).length;
  const labelled = checked.filter((r) => labels[r.name] && r.status);
  const agree = labelled.filter((r) => labels[r.name].isNews === r.status?.isNews).length;
  const detect = checked.map((r) => r.status?.detectMs ?? 0);
  const cpu = checked.map((r) => r.cpu?.ms ?? 0);
  const longest = checked.map((r) => r.cpu?.longestMs ?? 0);
  console.log(`\nTotals over ${reports.length} pages (${seconds.toFixed(0)} s):`);
  const left = reports.filter((r) => r.failure && r.leftFor).length;
  console.log(
    `  checked ${checked.length}, could not be checked ${failures}` +
      (left ? ` (${left} of them sent themselves to another address, their own doing)` : ''),
  );
  console.log(
    `  news ${news.length} (read and highlighted: ${readable.length}), not news ${checked.length - news.length}`,
  );
  if (labelled.length)
    console.log(
      `  verdict agrees with tests/fixtures/corpus-labels.json on ${agree} of ${labelled.length} labelled pages (* = disagrees)`,
    );
  console.log(
    `  highlights: ${sum((r) => r.marks.leader)} leader and ${sum((r) => r.marks.claim)} claim marks on ${checked.filter((r) => r.marks.leader + r.marks.claim > 0).length} pages` +
      (sum((r) => r.marks.other) ? `, ${sum((r) => r.marks.other)} of another kind` : ''),
  );
  console.log(
    `  pages with extension errors: ${errors}; text changes: ${textChanges}; restore differences: ${restores}`,
  );
  if (moving)
    console.log(
      `  ${moving} pages changed their own DOM after loading: each checked against its DOM as it last made it`,
    );
  const rereads = checked.filter((r) => r.analyses > 1).length;
  console.log(
    `  texts analysed: ${sum((r) => r.analyses)}; pages analysed more than once: ${rereads} (twice is expected for articles over 30,000 characters)`,
  );
  if (checked.length) {
    console.log(
      `  detection (detectMs): median ${ms(median(detect))} ms, p90 ${ms(p90(detect))} ms, max ${ms(Math.max(...detect))} ms`,
    );
    console.log(
      `  extension on the main thread (sampled): median ${ms(median(cpu))} ms, p90 ${ms(p90(cpu))} ms, max ${ms(Math.max(...cpu))} ms per page; ` +
        `longest stretch ${ms(Math.max(...longest))} ms`,
    );
    // Where nothing more happens, all of it is the content script's start and detection.
    const idle = checked.filter((r) => !r.status?.isNews).map((r) => r.cpu?.ms ?? 0);
    if (idle.length)
      console.log(
        `  of which on the ${idle.length} pages not taken for news: median ${ms(median(idle))} ms, p90 ${ms(p90(idle))} ms per page`,
      );
  }
  return failures + errors + textChanges + restores;
}
