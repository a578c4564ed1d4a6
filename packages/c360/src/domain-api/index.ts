export { upsertCompanies } from './upsert-companies.ts';
export { upsertPeople } from './upsert-people.ts';
export { upsertRelationships } from './upsert-relationships.ts';
