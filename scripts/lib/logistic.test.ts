import { describe, expect, it } from 'vitest';
import { fitLogistic } from './logistic';

describe('fitLogistic', () => {
  const samples = [
    { x: [1, 0], y: 1 },
    { x: [1, 1], y: 1 },
    { x: [0, 1], y: 0 },
    { x: [0, 0], y: 0 },
  ];

  it('learns which signal tells the classes apart', () => {
    const { bias, weights } = fitLogistic(samples, [0, 0], [0, 0], 0.01);
    expect(bias + weights[0]).toBeGreaterThan(0);
    expect(bias).toBeLessThan(0);
    expect(Math.abs(weights[1])).toBeLessThan(weights[0]);
  });

  it('keeps each weight on the side its sign gives it, and near its prior without evidence', () => {
    // The data would make the first signal speak against the label: its sign holds it at 0.
    const flipped = samples.map(({ x, y }) => ({ x, y: 1 - y }));
    expect(fitLogistic(flipped, [1, 0], [0, 0], 0.01).weights[0]).toBe(0);
    // A signal no sample carries keeps its prior.
    const { weights } = fitLogistic(
      samples.map(({ x, y }) => ({ x: [...x, 0], y })),
      [0, 0, -1],
      [0, 0, -4],
      0.1,
    );
    expect(weights[2]).toBeCloseTo(-4);
  });

  it('counts a weighted sample more', () => {
    const conflicting = [
      { x: [1], y: 1, weight: 3 },
      { x: [1], y: 0 },
    ];
    const { bias, weights } = fitLogistic(conflicting, [0], [0], 0.001);
    expect(bias + weights[0]).toBeGreaterThan(0);
  });
});
