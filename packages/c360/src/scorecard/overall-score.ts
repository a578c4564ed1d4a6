export interface WeightedScore {
  weight: number;
  /** Null when the measure is not scored: it then does not count. */
  score: number | null;
}

/**
 * Σ(weight × score) / Σ weight over the scored measures, rounded to the store's two decimals; null when
 * nothing is scored.
 */
export function overallScore(measures: readonly WeightedScore[]): number | null {
  let weighted = 0;
  let weights = 0;
  for (const { weight, score } of measures) {
    if (score === null) continue;
    weighted += weight * score;
    weights += weight;
  }
  return weights === 0 ? null : Math.round((weighted / weights) * 100) / 100;
}
