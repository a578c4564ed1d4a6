import { roundScore, type ScoringScheme } from '@c360/contracts';

interface BandedScore {
  score: number | null;
  label: string | null;
}

/** A score in the scheme: a grade or colour scheme leads with its band, a numeric one with the number. */
export interface SchemeReading {
  primary: string;
  secondary: string | null;
}

/** Weights and contribution shares: numbers, not scores. */
export const formatNumber = (value: number, language: string) => new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);

/**
 * Every score shown (overall, previous, measures, history bars and table): a whole number, rounded like the
 * server stores it (`roundScore`), so one scorecard never mixes "73.2" and "70.05".
 */
export const formatScore = (score: number, language: string) => new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(roundScore(score));

/** Null when unscored: the caller says so in words. */
export function readScore({ score, label }: BandedScore, scheme: ScoringScheme, language: string): SchemeReading | null {
  if (score === null) return null;
  const number = formatScore(score, language);
  if (scheme === 'NUMERIC' || label === null) return { primary: number, secondary: label };
  return { primary: label, secondary: number };
}
