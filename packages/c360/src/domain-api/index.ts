export { upsertCompanies } from './upsert-companies.ts';
export { upsertPeople } from './upsert-people.ts';
