/**
 * The kept sources' part of `npm run bench`: matching one page against 1,000 kept sources in the
 * background's matching code (`describePage` on the library's index; goal <= 50 ms), and keeping one
 * article (analysis, index part, storage; goal <= 100 ms), with the memory the 1,000 sources take.
 * Storage is fake-indexeddb, in memory in node: the browser's IndexedDB writes to disk, and costs more.
 */
import 'fake-indexeddb/auto';
import { analyze } from '../../analysis';
import { buildGlossary } from '../../analysis/glossary';
import { describePage } from '../../analysis/page-items';
import { GlossaryIndex, type SourcePart } from '../../analysis/source-index';
import { makePack, serializePack, textHash, type PackSource } from '../../analysis/source-pack';
import { SourceLibrary } from '../../utils/source-library';
import { readSources } from './sources';
import { measure, median, seededRandom } from './timing';

const KEPT = 1_000;
const MATCH_GOAL_MS = 50;
const KEEP_GOAL_MS = 100;
const RUNS = 15;
const MB = 1024 * 1024;

/**
 * `count` articles made of the bundled sources' paragraphs (four each, drawn at random) with every
 * number changed: many reports of one event, the hardest case for matching (the same leaders in every
 * source, many figures of the same things).
 */
function syntheticArticles(texts: readonly string[], count: number, seed: number): PackSource[] {
  const paragraphs = texts.flatMap((text) => text.split(/\n\s*\n/).filter((p) => p.trim().length > 80));
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const chosen = Array.from({ length: 4 }, () => paragraphs[Math.floor(random() * paragraphs.length)]);
    const text = chosen
      .join('\n\n')
      .replace(/\d+/g, (digits) => String(Math.max(1, Math.round(Number(digits) * (0.5 + random())))));
    return {
      url: `https://news${i % 50}.example/world/${2000 + i}/story-${i}`,
      outlet: `Outlet ${i % 50}`,
      date: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      keptAt: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
      text,
    };
  });
}

const heap = () => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
};

/** Runs the kept-sources benchmark and prints its lines. */
export async function benchKeptSources(): Promise<void> {
  const sources = readSources();
  const bundled = buildGlossary(sources);
  const articles = syntheticArticles(
    sources.map((source) => source.text),
    KEPT,
    20250314,
  );
  const before = heap();
  const library = await SourceLibrary.open(bundled, 'newslens-bench');
  const importStart = performance.now();
  const imported = await library.importPack(serializePack(makePack(articles)));
  const importMs = performance.now() - importStart;
  const afterImport = heap();
  if (!imported.ok || imported.added !== KEPT)
    throw new Error(`bench: import failed ${JSON.stringify(imported)}`);

  // What the background holds in memory for them: their parts, as read at start, and the index over them.
  const partsBefore = heap();
  const parts: [string, SourcePart][] = await library.parts();
  const probeIndex = new GlossaryIndex(bundled, parts);
  const indexHeap = heap() - partsBefore;

  // The page: a bundled source's text, read as a page, with its analysis made (the analysis has its own line).
  const page = sources[0].text;
  const analysis = analyze(page);
  const pageHash = await textHash(page);
  const identity = { url: 'https://reader.example/news/story', textHash: pageHash };
  describePage(page, analysis, library.index, identity);
  const matchTimes = Array.from({ length: RUNS }, () =>
    measure(() => describePage(page, analysis, library.index, identity)),
  );
  const bundledIndex = new GlossaryIndex(bundled);
  const bundledTimes = Array.from({ length: RUNS }, () =>
    measure(() => describePage(page, analysis, bundledIndex, identity)),
  );
  const items = describePage(page, analysis, library.index, identity);
  const corroborated = items.filter((item) => item.kind === 'claim' && item.status !== 'unmentioned').length;

  // Keeping: a new article each time (another address and text), into the library of 1,000.
  const keepText = sources[1].text;
  const keepTimes: number[] = [];
  const keepGivenTimes: number[] = [];
  const coldTimes: number[] = [];
  const keepAnalysis = analyze(keepText);
  for (let run = 0; run < RUNS; run++) {
    const text = `${keepText}\n\nUpdate ${run}: officials counted ${run + 3} more trucks.`;
    globalThis.gc?.();
    let start = performance.now();
    await library.keep({ url: `https://reader.example/kept/${run}`, outlet: 'The Reader' }, text);
    keepTimes.push(performance.now() - start);
    globalThis.gc?.();
    // Another article (its own text) with its analysis already made: what keeping costs besides analysing.
    start = performance.now();
    await library.keep(
      { url: `https://reader.example/kept-given/${run}`, outlet: 'The Reader' },
      `${text}\n\nAlso ${run}.`,
      {
        analysis: keepAnalysis,
      },
    );
    keepGivenTimes.push(performance.now() - start);
    // The first page matched after a source came: the merged leaders are worked out again.
    coldTimes.push(measure(() => describePage(page, analysis, library.index, identity)));
  }

  const match = median(matchTimes);
  const keep = median(keepTimes);
  const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');
  console.log(
    `\nkept sources: ${KEPT} synthetic articles (4 bundled paragraphs each, numbers changed), median of ${RUNS}`,
  );
  console.log(
    `  matching one page (source ${sources[0].id.slice(0, 3)}, ${items.length} items, ${corroborated} figures matched) ` +
      `against bundled + ${KEPT} kept: ${match.toFixed(2)} ms (goal <= ${MATCH_GOAL_MS} ms) ${verdict(match <= MATCH_GOAL_MS)}; ` +
      `first page after a source was kept: ${median(coldTimes).toFixed(2)} ms ${verdict(median(coldTimes) <= MATCH_GOAL_MS)}; ` +
      `bundled sources only: ${median(bundledTimes).toFixed(2)} ms`,
  );
  console.log(
    `  keeping one article (${keepText.length.toLocaleString('en-US')} chars: analysis, index part, store) ` +
      `with ${KEPT} kept: ${keep.toFixed(1)} ms (goal <= ${KEEP_GOAL_MS} ms) ${verdict(keep <= KEEP_GOAL_MS)}; ` +
      `with the page's analysis given: ${median(keepGivenTimes).toFixed(1)} ms`,
  );
  console.log(
    `  importing the ${KEPT} as one pack: ${(importMs / 1000).toFixed(1)} s; heap +${((afterImport - before) / MB).toFixed(1)} MB ` +
      `(index and fake-indexeddb's in-memory copy); parts and index as the background holds them: ` +
      `${(indexHeap / MB).toFixed(1)} MB (${probeIndex.size} sources)`,
  );
}
