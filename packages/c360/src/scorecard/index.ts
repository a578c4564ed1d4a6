export { overallScore, type WeightedScore } from './overall-score.ts';
