/**
 * `npx tsx scripts/reach.ts --save FILE` / `npx tsx scripts/reach.ts --against FILE [--list]`: how far a rule reaches.
 * Saves the leader and claim spans the analysis finds on the development texts, or counts (and with
 * `--list` quotes) the spans that changed since such a snapshot: on the article-extraction-benchmark's
 * English news bodies of its development part (no leader gold: a rule that changes nothing there but the
 * sentence it was written for is too narrow) and on the annotated development part apart. Never reads a
 * test part. `--extra LINES` adds pages as `npm run -s analyze -- --json` printed them (a set of its own).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../analysis';
import { loadAeb, loadAebLabels } from './lib/corpus';

type Spans = Record<'leaders' | 'people' | 'claims', string[]>;
type Snapshot = Record<string, { set: string; spans: Spans }>;

const DEV_GOLD = 'tests/fixtures/articles/dev';

/** The development texts by id: the benchmark's English news bodies of its dev part, then the annotated dev part. */
function developmentTexts(extra?: string): { id: string; set: string; text: string }[] {
  const labels = loadAebLabels();
  const files = readdirSync(DEV_GOLD)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const annotated = new Set(files.map((f) => f.replace(/\.txt$/, '')));
  // The benchmark's bodies that have no gold yet (those with gold are counted once, as dev gold).
  const aeb = loadAeb()
    .filter((p) => p.part === 'dev' && labels[p.id]?.isNews && labels[p.id]?.lang === 'en')
    .filter((p) => !annotated.has(p.id))
    .map((p) => ({ id: `aeb:${p.id}`, set: 'unlabeled aeb-dev', text: p.body }));
  const gold = files.map((f) => ({
    id: `dev:${f}`,
    set: 'dev gold',
    text: readFileSync(join(DEV_GOLD, f), 'utf8'),
  }));
  // More unlabeled news: the lines `npm run -s analyze -- --json PAGE.html...` printed for other development
  // pages (the Readability corpus beside the project), their article text taken as it is.
  const more = extra
    ? readFileSync(extra, 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as { file: string; text?: string })
        .filter((page) => page.text)
        .map((page) => ({ id: `page:${page.file}`, set: 'unlabeled pages', text: page.text ?? '' }))
    : [];
  return [...aeb, ...gold, ...more];
}

/** Each span as "start-end text", with a few words of context so a listing can be judged. */
function spansOf(text: string): Spans {
  const result = analyze(text);
  const quote = (s: { start: number; end: number }) =>
    `${s.start}-${s.end} ${text.slice(s.start, s.end)}  «${text
      .slice(Math.max(0, s.start - 60), s.end + 40)
      .replace(/\s+/g, ' ')}»`;
  return {
    leaders: result.leaders.map(quote),
    people: result.people.map(quote),
    claims: result.claims.map(quote),
  };
}

function snapshot(): Snapshot {
  const out: Snapshot = {};
  for (const { id, set, text } of developmentTexts(extraFile)) out[id] = { set, spans: spansOf(text) };
  return out;
}

const args = process.argv.slice(2);
const extraAt = args.indexOf('--extra');
const extraFile = extraAt >= 0 ? args[extraAt + 1] : undefined;
const save = args.indexOf('--save');
const against = args.indexOf('--against');
if (save >= 0 && args[save + 1]) {
  writeFileSync(args[save + 1], JSON.stringify(snapshot()));
} else if (against >= 0 && args[against + 1]) {
  const before = JSON.parse(readFileSync(args[against + 1], 'utf8')) as Snapshot;
  const now = snapshot();
  const list = args.includes('--list');
  const totals: Record<string, { docs: Set<string>; changed: number; texts: number }> = {};
  const key = (s: string) => s.replace(/ {2}«.*$/, '');
  for (const [id, { set, spans }] of Object.entries(now)) {
    const total = (totals[set] ??= { docs: new Set(), changed: 0, texts: 0 });
    total.texts++;
    const old = before[id]?.spans ?? { leaders: [], people: [], claims: [] };
    for (const kind of ['leaders', 'people', 'claims'] as const) {
      const was = new Set((old[kind] ?? []).map(key));
      const is = new Set(spans[kind].map(key));
      const gone = (old[kind] ?? []).filter((s) => !is.has(key(s)));
      const added = spans[kind].filter((s) => !was.has(key(s)));
      total.changed += gone.length + added.length;
      if (gone.length + added.length > 0) total.docs.add(id);
      if (list) {
        for (const s of gone) console.log(`${id.slice(0, 16)} ${kind} - ${s}`);
        for (const s of added) console.log(`${id.slice(0, 16)} ${kind} + ${s}`);
      }
    }
  }
  for (const [set, t] of Object.entries(totals))
    console.log(`${set}: ${t.changed} spans changed in ${t.docs.size} of ${t.texts} texts`);
} else {
  console.error('usage: reach --save FILE | --against FILE [--list]');
  process.exit(1);
}
