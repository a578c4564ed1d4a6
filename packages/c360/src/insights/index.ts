export { readInsights, type ReadInsightsQuery } from './read-insights.ts';
