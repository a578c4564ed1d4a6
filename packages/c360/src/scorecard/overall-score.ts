import { roundScore } from '@c360/contracts';

export interface WeightedScore {
  weight: number;
  /** Null when the measure is not scored: it then does not count. */
  score: number | null;
}

/**
 * Σ(weight × score) / Σ weight over the scored measures, rounded to a whole number like every score
 * (`roundScore`); null when nothing is scored or every scored measure weighs 0 (there is nothing to divide by).
 */
export function overallScore(measures: readonly WeightedScore[]): number | null {
  let weighted = 0;
  let weights = 0;
  for (const { weight, score } of measures) {
    if (score === null) continue;
    weighted += weight * score;
    weights += weight;
  }
  return weights === 0 ? null : roundScore(weighted / weights);
}

/**
 * Each measure's share of the overall score in % (weight × score over Σ weight × score), one decimal; null
 * for an unscored measure. When the weighted sum is 0 every scored measure's share is 0.
 */
export function contributions(measures: readonly WeightedScore[]): Array<number | null> {
  const total = measures.reduce((sum, { weight, score }) => sum + (score === null ? 0 : weight * score), 0);
  return measures.map(({ weight, score }) => {
    if (score === null) return null;
    return total === 0 ? 0 : Math.round(((weight * score) / total) * 1000) / 10;
  });
}
