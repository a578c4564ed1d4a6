export { readInsights, type ReadInsightsQuery } from './read-insights.ts';
export type { InsightsSubject } from './insights-subject.ts';
