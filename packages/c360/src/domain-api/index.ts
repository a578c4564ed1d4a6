export { upsertCompanies } from './upsert-companies.ts';
export { upsertPeople } from './upsert-people.ts';
export { bulkJobResults, readBulkJob, startBulkJob } from './bulk-jobs.ts';
