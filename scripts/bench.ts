/**
 * Measures what Newslens's analysis costs, against the two goals the team set for it:
 *
 * 1. Speed: `analyze(text)` costs at most 0.5x a bare compromise parse `nlp(text)` of the same text. The
 *    analysis only tags short windows around numbers, so it should be a fraction of a full parse; measuring
 *    both in the same process makes the ratio comparable across machines, where milliseconds are not.
 * 2. Memory: the heap stays flat over repeated runs (growth < 10% from run 1 to run 10), so a long-lived
 *    worker that analyses page after page does not leak.
 *
 * Texts: every source text (assets/sources without its metadata header, else ../shared/sources), plus a
 * synthetic text of at least 1,000,000 characters made of their paragraphs, shuffled with a seeded PRNG so
 * every run sees the same text.
 * Each timing is the median of N warm runs after one warm-up of each function, analyze and nlp interleaved
 * (alternating which goes first) so machine noise hits both, with a garbage collection before every run.
 * Module load (compromise's import) is paid once by both and is reported apart, not in either column.
 *
 * Run with `npm run bench` (node needs --expose-gc). It is a report, not a test: it exits 0 whatever it
 * finds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { arch, cpus, platform } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSourceText } from '../utils/source-text';
import { benchKeptSources } from './lib/bench-sources';
import { measure, median, seededRandom } from './lib/timing';

const SPEED_GOAL = 0.5;
const MEMORY_GOAL = 0.1;
const SYNTHETIC_CHARS = 1_000_000;
const SYNTHETIC_SEED = 20220719;
const SMALL_TEXT_RUNS = 7;
const LARGE_TEXT_RUNS = 3;
const MEMORY_RUNS = 10;
const MB = 1024 * 1024;

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
// The bundled sources carry a metadata header (see assets/sources/README.md); the shared ones are plain text.
const sourceFolders = [
  {
    folder: join(projectRoot, 'assets/sources'),
    articleText: (content: string, file: string) => parseSourceText(content, file).text,
  },
  { folder: join(projectRoot, '../shared/sources'), articleText: (content: string) => content },
];

interface BenchText {
  name: string;
  text: string;
  runs: number;
}

interface SpeedResult extends BenchText {
  analyzeMs: number;
  parseMs: number;
  ratio: number;
}

if (typeof globalThis.gc !== 'function') {
  console.error('The memory check needs node --expose-gc: run `npm run bench`.');
  process.exit(1);
}
const collectGarbage = globalThis.gc;

// Timed apart: both functions share this one-off cost, so it belongs to neither column.
let loadStart = performance.now();
const { default: nlp } = await import('compromise');
const compromiseLoadMs = performance.now() - loadStart;
loadStart = performance.now();
const { analyze } = await import('../analysis/index');
const analysisLoadMs = performance.now() - loadStart;

/** The first source folder that has text files, with each file's article text. */
function readSources(): { folder: string; sources: BenchText[] } {
  for (const { folder, articleText } of sourceFolders) {
    if (!existsSync(folder)) continue;
    const files = readdirSync(folder)
      .filter((file) => file.endsWith('.txt'))
      .sort();
    if (files.length === 0) continue;
    const sources = files.map((file) => ({
      name: file,
      text: articleText(readFileSync(join(folder, file), 'utf8'), file),
      runs: SMALL_TEXT_RUNS,
    }));
    return { folder, sources };
  }
  throw new Error(`No source texts in ${sourceFolders.map(({ folder }) => folder).join(' or ')}`);
}

/** Joins the texts' paragraphs, reshuffled on every pass, until the result has at least `minChars`. */
function syntheticText(texts: readonly string[], minChars: number, seed: number): string {
  const paragraphs = texts.flatMap((text) => text.split(/\r?\n[ \t]*\r?\n/).map((p) => p.trim()));
  const pool = paragraphs.filter((p) => p.length > 0);
  const random = seededRandom(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < minChars) {
    // Fisher-Yates shuffle.
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    for (const paragraph of pool) {
      length += (parts.length > 0 ? 2 : 0) + paragraph.length;
      parts.push(paragraph);
      if (length >= minChars) break;
    }
  }
  return parts.join('\n\n');
}

/** Median times of `analyze` and `nlp` on one text, the runs interleaved after a warm-up of each. */
function compareWithParse(bench: BenchText): SpeedResult {
  const { text, runs } = bench;
  analyze(text);
  nlp(text);
  const analyzeTimes: number[] = [];
  const parseTimes: number[] = [];
  for (let run = 0; run < runs; run++) {
    // Alternate which goes first, so neither always runs right after the other's garbage or warm caches.
    if (run % 2 === 0) {
      analyzeTimes.push(measure(() => analyze(text)));
      parseTimes.push(measure(() => nlp(text)));
    } else {
      parseTimes.push(measure(() => nlp(text)));
      analyzeTimes.push(measure(() => analyze(text)));
    }
  }
  const analyzeMs = median(analyzeTimes);
  const parseMs = median(parseTimes);
  return { ...bench, analyzeMs, parseMs, ratio: analyzeMs / parseMs };
}

/** Heap in use after each of `runs` analyses of `text`, read after a full garbage collection. */
function heapAfterEachRun(text: string, runs: number): number[] {
  const readings: number[] = [];
  for (let run = 0; run < runs; run++) {
    analyze(text);
    collectGarbage();
    readings.push(process.memoryUsage().heapUsed);
  }
  return readings;
}

/** Lays rows out in columns: the first column left-aligned, the others right-aligned. */
function formatTable(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows
    .map((row) =>
      row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))),
    )
    .map((cells) => cells.join('  ').trimEnd())
    .join('\n');
}

const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');
const milliseconds = (ms: number) => ms.toFixed(ms < 100 ? 1 : 0);
const megabytes = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

const { folder, sources } = readSources();
const synthetic: BenchText = {
  name: `synthetic, seed ${SYNTHETIC_SEED}`,
  text: syntheticText(
    sources.map((source) => source.text),
    SYNTHETIC_CHARS,
    SYNTHETIC_SEED,
  ),
  runs: LARGE_TEXT_RUNS,
};

console.log('Newslens benchmark: analyze(text) against a bare compromise parse nlp(text) of the same text');
console.log(
  `node ${process.version}, ${platform()} ${arch()}, ${cpus().length} x ${cpus()[0]?.model.trim()}`,
);
console.log(`sources: ${relative(projectRoot, folder)}`);
console.log(
  `module load, in neither column: compromise ${milliseconds(compromiseLoadMs)} ms, ` +
    `analysis/ with tsx compiling it ${milliseconds(analysisLoadMs)} ms`,
);
console.log(
  'times: median of N warm runs after 1 warm-up, analyze and nlp interleaved, gc before each run\n',
);

const speed = [...sources, synthetic].map(compareWithParse);
console.log(
  formatTable([
    ['text', 'chars', 'N', 'analyze ms', 'nlp ms', 'ratio', `goal <= ${SPEED_GOAL}x`],
    ...speed.map((result) => [
      result.name,
      result.text.length.toLocaleString('en-US'),
      String(result.runs),
      milliseconds(result.analyzeMs),
      milliseconds(result.parseMs),
      `${result.ratio.toFixed(2)}x`,
      verdict(result.ratio <= SPEED_GOAL),
    ]),
  ]),
);

const heap = heapAfterEachRun(synthetic.text, MEMORY_RUNS);
const growth = heap[heap.length - 1] - heap[0];
const memoryFlat = growth < MEMORY_GOAL * heap[0];
console.log(`\nmemory: analyze on the synthetic text ${MEMORY_RUNS} times, heapUsed read after gc`);
console.log(`  after run 1:  ${megabytes(heap[0])}`);
console.log(`  after run ${MEMORY_RUNS}: ${megabytes(heap[heap.length - 1])}`);
console.log(
  `  growth:       ${growth >= 0 ? '+' : ''}${(growth / MB).toFixed(2)} MB ` +
    `(${((100 * growth) / heap[0]).toFixed(1)}%, goal < ${100 * MEMORY_GOAL}%)  ${verdict(memoryFlat)}`,
);
console.log(`  every run:    ${heap.map((bytes) => (bytes / MB).toFixed(1)).join(' ')} MB`);

const fastEnough = speed.filter((result) => result.ratio <= SPEED_GOAL).length;
console.log(
  `\nsummary: speed <= ${SPEED_GOAL}x nlp ${verdict(fastEnough === speed.length)} ` +
    `(${fastEnough}/${speed.length} texts); memory flat ${verdict(memoryFlat)}`,
);

// Kept sources (matching against 1,000, keeping one), beside the analysis figures above.
await benchKeptSources();
