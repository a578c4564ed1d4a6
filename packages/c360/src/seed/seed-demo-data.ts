import { now } from '../clock/index.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { anchorSeedRows } from './anchor-seed-rows.ts';
import { buildAttributes } from './attributes.ts';
import { buildCompanies } from './companies.ts';
import { buildCtas } from './ctas.ts';
import { DEMO_DOMAINS } from './domains.ts';
import type { DomainContext } from './model.ts';
import { buildPeople } from './people.ts';
import { buildScorecards } from './scorecards.ts';
import { emptySeedRows, insertSeedRows, type SeedRows, type SeedSummary } from './seed-rows.ts';
import { buildSupportTickets } from './support-tickets.ts';
import { buildTimeline } from './timeline.ts';
import { buildUsers, hashDemoPassword } from './users.ts';

// Generous: the whole seed is one transaction, and the embedded store is slower than a server.
const TRANSACTION_TIMEOUT_MS = 120_000;

/** Every row of the demo data (SPEC §6) as written against REFERENCE_NOW, built in memory; identical on every run. */
export async function buildDemoData(): Promise<SeedRows> {
  // argon2 is slow on purpose: hash once and give every demo user the same PHC string.
  const passwordHash = await hashDemoPassword();
  const rows = emptySeedRows();
  for (const domain of DEMO_DOMAINS) {
    rows.domain.push(domain.row);
    const { users, rows: userRows } = buildUsers(domain, passwordHash);
    rows.user.push(...userRows);
    const ctx: DomainContext = { domain, users, companies: [], relationshipTypeIds: {} };
    buildCompanies(ctx, rows);
    buildPeople(ctx, rows);
    buildTimeline(ctx, rows);
    buildScorecards(ctx, rows);
    buildAttributes(ctx, rows);
    buildCtas(ctx, rows);
    buildSupportTickets(ctx, rows);
  }
  // A contact's manager must exist before the contact: primaries (who have none) go first.
  rows.companyPerson.sort((a, b) => Number(a.managerId != null) - Number(b.managerId != null));
  return rows;
}

/** Seeds an empty store with the demo domains, users and customers, all or nothing, anchored to today (`now()`). */
export async function seedDemoData(prisma: PrismaClient): Promise<SeedSummary> {
  const rows = anchorSeedRows(await buildDemoData(), now());
  return prisma.$transaction((tx) => insertSeedRows(tx, rows), { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 });
}
