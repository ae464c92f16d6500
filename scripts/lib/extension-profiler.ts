/**
 * The extension's share of a page's renderer main thread, from a sampled CPU profile (CDP): shared
 * by `npm run sweep` and `npm run bench:page`.
 */
import type { CDPSession } from 'playwright-core';

/** The extension's share of a page's main thread, from a sampled CPU profile. */
export interface ExtensionCpu {
  /** Milliseconds of samples with extension code on the stack: its JavaScript and the DOM and layout work it calls. */
  ms: number;
  /** The longest run of consecutive such samples: about the longest stretch the extension held the thread. */
  longestMs: number;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}

const SAMPLING_INTERVAL_US = 250;

/**
 * Samples the page's renderer main thread (every 250 µs) from `start` to `stop`. The profile covers
 * the whole process: the caller keeps other pages of the same site out of it while it runs.
 */
export class ExtensionProfiler {
  constructor(private readonly cdp: CDPSession) {}

  async start(): Promise<void> {
    await this.cdp.send('Profiler.enable');
    await this.cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
    await this.cdp.send('Profiler.start');
  }

  async stop(): Promise<ExtensionCpu> {
    const { profile } = await this.cdp.send('Profiler.stop');
    const nodes = new Map<number, ProfileNode>(profile.nodes.map((node) => [node.id, node]));
    const parents = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
    const inExtension = new Map<number, boolean>();
    const extensionOnStack = (id: number): boolean => {
      const known = inExtension.get(id);
      if (known !== undefined) return known;
      const parent = parents.get(id);
      const own = nodes.get(id)?.callFrame.url.startsWith('chrome-extension://') ?? false;
      const answer = own || (parent !== undefined && extensionOnStack(parent));
      inExtension.set(id, answer);
      return answer;
    };
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    let ms = 0;
    let run = 0;
    let longestMs = 0;
    for (let i = 0; i < samples.length; i++) {
      // A sample stands for the time until the next one, but for at most four intervals: a longer
      // silence is the thread off the CPU (a busy machine), not time spent in the code on its stack.
      const duration = Math.min(deltas[i + 1] ?? 0, 4 * SAMPLING_INTERVAL_US) / 1000;
      if (extensionOnStack(samples[i])) {
        ms += duration;
        run += duration;
        longestMs = Math.max(longestMs, run);
      } else run = 0;
    }
    return { ms, longestMs };
  }
}
