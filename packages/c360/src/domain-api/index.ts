export { upsertCompanies } from './upsert-companies.ts';
export { upsertPeople } from './upsert-people.ts';
export { bulkJobResults, readBulkJob, startBulkJob } from './bulk-jobs.ts';
export { upsertCtas } from './upsert-ctas.ts';
export { upsertTickets } from './upsert-tickets.ts';
export { upsertActivities } from './upsert-activities.ts';
export { upsertRelationships } from './upsert-relationships.ts';
