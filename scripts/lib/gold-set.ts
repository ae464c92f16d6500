import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseSourceText } from '../../utils/source-text';
import { analyze } from '../../analysis';
import {
  addCounts,
  addPersonCounts,
  count,
  countPersons,
  locateGold,
  overlaps,
  type Counts,
  type GoldFile,
  type PersonCounts,
  type Span,
} from './score';

/** One annotated document scored: leader and claim counts against its gold annotations. */
export interface DocumentScore {
  id: string;
  /** The page's address, when the gold file records it (the third round's articles). */
  url?: string;
  /** Gold spans no prediction overlaps, and predictions that overlap no gold span, as "kind: text". */
  misses: string[];
  extras: string[];
  /** Predictions that overlap a gold span without its exact start and end, as "kind: found | gold". */
  spanDiffs: string[];
  leaders: Counts;
  claims: Counts;
  /** Leader persons: gold's by canonical name, the analysis's by `name`. */
  persons: PersonCounts;
}

/**
 * Reads the text a gold file annotates: `source` in `textsDir`, either a plain `.txt` or a bundled
 * source with a metadata header. Fails loudly when the text is not the annotated one (SHA-256).
 */
function readAnnotatedText(gold: GoldFile, textsDir: string): string {
  const path = join(textsDir, gold.source);
  const content = readFileSync(path, 'utf8');
  const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
  if (sha(content) === gold.text_sha256) return content;
  const body = parseSourceText(content, path).text;
  if (sha(body) === gold.text_sha256) return body;
  throw new Error(`${path}: text does not match the SHA-256 in ${gold.id}'s gold file`);
}

/** One gold file with the text it annotates and where its persons are in that text. */
export interface GoldEntry {
  /** The gold file's `id`, or its file name without `.json`. */
  id: string;
  gold: GoldFile;
  text: string;
  /** The span of each of `gold.persons`, in the same order. */
  personSpans: Span[];
}

/** Every gold file of `goldDir` (by file name) with its text from `textsDir` and its persons' spans. */
export function* goldFiles(goldDir: string, textsDir: string): Generator<GoldEntry> {
  for (const file of readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as GoldFile;
    const text = readAnnotatedText(gold, textsDir);
    yield { id: gold.id ?? basename(file, '.json'), gold, text, personSpans: locateGold(text, gold.persons) };
  }
}

/**
 * What is scored: leader and claim spans found in a text. A leader's `name` says which person it is
 * (without one, its text does).
 */
export type Analyzer = (text: string) => { leaders: (Span & { name?: string })[]; claims: Span[] };

/** Scores an analyser (Newslens's `analyze` unless told) on every gold file in `goldDir` against its text in `textsDir`. */
export function scoreGoldSet(
  goldDir: string,
  textsDir: string,
  analyzer: Analyzer = analyze,
): { documents: DocumentScore[]; leaders: Counts; claims: Counts; persons: PersonCounts } {
  const documents: DocumentScore[] = [];
  for (const { id, gold, text, personSpans } of goldFiles(goldDir, textsDir)) {
    const result = analyzer(text);
    const goldLeaders = personSpans.filter((_, i) => gold.persons[i].leader);
    const goldLeaderNames = gold.persons.filter((p) => p.leader).map((p) => p.canonical || p.text);
    const goldClaims = locateGold(text, gold.claims);
    const quote = (kind: string, spans: Span[], others: Span[]) =>
      spans
        .filter((a) => !others.some((b) => overlaps(a, b)))
        .map((a) => `${kind}: ${text.slice(a.start, a.end)}`);
    const spanDiffs = (kind: string, spans: Span[], golds: Span[]) =>
      spans.flatMap((a) => {
        const b = golds.find((g) => overlaps(a, g));
        if (!b || (a.start === b.start && a.end === b.end)) return [];
        return [`${kind}: ${text.slice(a.start, a.end)} | ${text.slice(b.start, b.end)}`];
      });
    documents.push({
      id,
      url: gold.url,
      spanDiffs: [
        ...spanDiffs('leader', result.leaders, goldLeaders),
        ...spanDiffs('claim', result.claims, goldClaims),
      ],
      misses: [...quote('leader', goldLeaders, result.leaders), ...quote('claim', goldClaims, result.claims)],
      extras: [...quote('leader', result.leaders, goldLeaders), ...quote('claim', result.claims, goldClaims)],
      leaders: count(result.leaders, goldLeaders),
      claims: count(result.claims, goldClaims),
      persons: countPersons(
        result.leaders.map((l) => ({
          start: l.start,
          end: l.end,
          name: l.name ?? text.slice(l.start, l.end),
        })),
        goldLeaders.map((g, i) => ({ ...g, name: goldLeaderNames[i] })),
      ),
    });
  }
  return {
    documents,
    leaders: addCounts(documents.map((d) => d.leaders)),
    claims: addCounts(documents.map((d) => d.claims)),
    persons: addPersonCounts(documents.map((d) => d.persons)),
  };
}
