export { readCompanySummary } from './read-company-summary.ts';
