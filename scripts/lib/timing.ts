/** Small timing helpers for the benchmark scripts. */

/** The median of a non-empty list of numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The 90th percentile of a non-empty list of numbers (the value 90% of the way up the sorted list). */
export function p90(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('p90 of an empty list');
  return [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.9)];
}

/**
 * Runs `work` once and returns its wall-clock time in milliseconds. When node runs with `--expose-gc`,
 * collects garbage first so the previous run's leftovers are not charged to this one.
 */
export function measure(work: () => unknown): number {
  globalThis.gc?.();
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** A deterministic PRNG (mulberry32): numbers in [0, 1) from a 32-bit seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}
