export { seedDemoData, buildDemoData } from './seed-demo-data.ts';
export { seedDemoDataIfEmpty } from './seed-if-empty.ts';
export type { SeedSummary } from './seed-rows.ts';
export { DEMO_MEETING, NORTHWIND_PEOPLE } from './demo-meeting.ts';
export { DEMO_PASSWORD, DEMO_USERS } from './users.ts';
export { DEMO_DOMAINS, type DomainKey } from './domains.ts';
export { REFERENCE_NOW, seedNowFor } from './clock.ts';
