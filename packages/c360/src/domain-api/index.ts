export { upsertCompanies } from './upsert-companies.ts';
