export { overallScore, contributions, type WeightedScore } from './overall-score.ts';
export { bandOf, trendOf } from './score-band.ts';
export { HISTORY_WEEKS, weeklyHistory } from './weekly-history.ts';
export { readScorecard, type ReadScorecardQuery, type ScorecardLocation } from './read-scorecard.ts';
export { updateMeasureScore, AUTOMATED_MEASURE_REASON, type UpdateMeasureScoreInput } from './update-measure-score.ts';
