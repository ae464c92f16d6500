/**
 * The extension's share of a page's renderer main thread, from Chrome's own trace events (CDP
 * Tracing): exact durations, where the sampled CPU profile (`extension-profiler.ts`) estimates them.
 * Used by `npm run bench:page`.
 */
import type { CDPSession } from 'playwright-core';

/** The extension's main-thread time, from the trace events of its scripts and callbacks. */
export interface ExtensionTime {
  /** Milliseconds the main thread spent in the extension's tasks, from start to end (wall clock). */
  wallMs: number;
  /** The main thread's CPU time in them: the wall time without the moments the system ran other threads. */
  cpuMs: number;
}

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string }; name?: string };
}

// The events that run a script's code: its evaluation (compiling and running a content script), and
// calls into its functions (timers, event listeners, observers, message callbacks).
const CODE_EVENTS = new Set(['EvaluateScript', 'FunctionCall']);

/**
 * Records the page's trace events from `start` to `stop`. The trace covers the whole renderer: the
 * caller keeps other pages of the same site out of it while it runs.
 */
export class ExtensionTrace {
  private events: TraceEvent[] = [];
  private readonly collect = (data: { value: object[] }) => {
    this.events.push(...(data.value as TraceEvent[]));
  };

  constructor(private readonly cdp: CDPSession) {}

  async start(): Promise<void> {
    this.events = [];
    this.cdp.on('Tracing.dataCollected', this.collect);
    try {
      await this.cdp.send('Tracing.start', {
        // __metadata: the threads' names, to tell the pages' main threads apart.
        traceConfig: { includedCategories: ['devtools.timeline', '__metadata'] },
        transferMode: 'ReportEvents',
      });
    } catch (error) {
      this.cdp.off('Tracing.dataCollected', this.collect);
      throw error;
    }
  }

  async stop(): Promise<ExtensionTime> {
    try {
      const complete = new Promise<void>((resolve) =>
        this.cdp.once('Tracing.tracingComplete', () => resolve()),
      );
      await this.cdp.send('Tracing.end');
      await complete;
    } finally {
      this.cdp.off('Tracing.dataCollected', this.collect);
    }
    // The trace covers the whole browser: only the pages' main threads count (not the extension's
    // service worker, which a page handed over to the reader wakes).
    const key = (event: TraceEvent) => `${event.pid}:${event.tid}`;
    const pageThreads = new Set(
      this.events
        .filter(
          (event) =>
            event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
        )
        .map(key),
    );
    const own = this.events.filter(
      (event) =>
        event.ph === 'X' &&
        CODE_EVENTS.has(event.name) &&
        pageThreads.has(key(event)) &&
        (event.args?.data?.url ?? '').startsWith('chrome-extension://'),
    );
    // Only the outermost: a function the extension's code calls back into is part of the call around it.
    own.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    let wallMs = 0;
    let cpuMs = 0;
    const ends = new Map<string, number>();
    for (const event of own) {
      const end = event.ts + (event.dur ?? 0);
      if (event.ts < (ends.get(key(event)) ?? -Infinity)) continue;
      ends.set(key(event), end);
      wallMs += (event.dur ?? 0) / 1000;
      cpuMs += (event.tdur ?? event.dur ?? 0) / 1000;
    }
    return { wallMs, cpuMs };
  }
}
