/** Logistic regression with an L2 penalty and fixed signs, for fitting detection's weights. */

/** One labelled example: its signals' values (0 to 1) and 1 for news, 0 for not. */
export interface Sample {
  x: number[];
  y: number;
  /** How much the example counts (1 when not given). */
  weight?: number;
}

export interface Model {
  bias: number;
  weights: number[];
}

/**
 * Fits a logistic model by projected gradient descent on the weighted mean log-loss plus `penalty`
 * times half the sum of squared distances of the weights from `priors` (the bias is free).
 * `signs[j]` is +1 or -1 when weight j must keep that sign (set to 0 when the fit would cross it), 0
 * when it is free. Deterministic: starts from the priors.
 */
export function fitLogistic(
  samples: readonly Sample[],
  signs: readonly number[],
  priors: readonly number[],
  penalty: number,
  iterations = 4000,
  rate = 0.2,
): Model {
  const d = signs.length;
  const weights = [...priors];
  let bias = 0;
  if (!samples.length) return { bias, weights };
  const gradient = new Array<number>(d);
  for (let step = 0; step < iterations; step++) {
    gradient.fill(0);
    let biasGradient = 0;
    let total = 0;
    for (const { x, y, weight = 1 } of samples) {
      total += weight;
      let z = bias;
      for (let j = 0; j < d; j++) z += weights[j] * x[j];
      const error = (1 / (1 + Math.exp(-z)) - y) * weight;
      biasGradient += error;
      for (let j = 0; j < d; j++) if (x[j]) gradient[j] += error * x[j];
    }
    bias -= (rate * biasGradient) / total;
    for (let j = 0; j < d; j++) {
      let w = weights[j] - rate * (gradient[j] / total + penalty * (weights[j] - priors[j]));
      if ((signs[j] > 0 && w < 0) || (signs[j] < 0 && w > 0)) w = 0;
      weights[j] = w;
    }
  }
  return { bias, weights };
}
