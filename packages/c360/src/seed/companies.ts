import { Prisma } from '../store/prisma.ts';
import { LIFECYCLES, RELATIONSHIP_NAMES, RELATIONSHIP_TYPES, languageOf } from './catalog.ts';
import { REFERENCE_NOW, addDays, dateOnly } from './clock.ts';
import { COMPANY_CATALOG } from './company-catalog.ts';
import { DEMO_MEETING } from './demo-meeting.ts';
import type { DomainContext, SeededCompany } from './model.ts';
import { rngFor, seedId } from './random.ts';
import type { SeedRows } from './seed-rows.ts';
import type { SeededUser } from './users.ts';
import { searchKey } from '../search/search-key.ts';

/** Employees and ARR that go together: [minEmployees, maxEmployees, minArr, maxArr]. */
const SIZE_BANDS = [
  [40, 200, 15_000, 60_000],
  [200, 1_000, 50_000, 250_000],
  [1_000, 5_000, 200_000, 900_000],
  [5_000, 40_000, 700_000, 2_400_000],
] as const;

// Fixed health for the accounts a demo opens first: the meeting's company and the Japanese flagship.
const HEALTH_OVERRIDES: Record<string, number> = { [DEMO_MEETING.companyName]: 72, 株式会社サクラ精機: 84 };

function stageFor(renewalInDays: number, customerForDays: number, health: number): string {
  if (renewalInDays <= 90) return 'Renewal';
  if (customerForDays < 400) return customerForDays < 300 ? 'Onboarding' : 'New Customer';
  return health >= 75 ? 'Expansion' : 'Adoption';
}

function statusFor(health: number): string {
  if (health < 28) return 'Inactive';
  return health < 50 ? 'At Risk' : 'Active';
}

function csmFor(companyName: string, csms: readonly SeededUser[], index: number): SeededUser {
  // The demo meeting's host owns its company, so the signed-in demo user sees "their" customer.
  if (companyName === DEMO_MEETING.companyName) return csms[0]!;
  return csms[index % csms.length]!;
}

/** The relationship types and the companies of one domain, with 1–3 relationships for most companies. */
export function buildCompanies(ctx: DomainContext, rows: SeedRows): void {
  const { domain } = ctx;
  for (const typeName of RELATIONSHIP_TYPES) {
    const id = seedId('relationship-type', domain.key, typeName);
    ctx.relationshipTypeIds[typeName] = id;
    rows.relationshipType.push({ id, domainId: domain.id, name: typeName });
  }
  const csms = ctx.users.filter((user) => user.csm);

  COMPANY_CATALOG[domain.key].forEach((entry, index) => {
    const rng = rngFor(domain.key, 'company', entry.name);
    const id = seedId('company', domain.key, entry.name);
    const [minEmployees, maxEmployees, minArr, maxArr] = rng.pick(SIZE_BANDS);
    const employees = Math.round(rng.int(minEmployees, maxEmployees) / 10) * 10;
    const arr = Math.round(rng.int(minArr, maxArr) / 500) * 500;
    const health = HEALTH_OVERRIDES[entry.name] ?? rng.int(22, 96);
    const renewalInDays = rng.int(-10, 420);
    const renewalDate = dateOnly(addDays(REFERENCE_NOW, renewalInDays));
    let originalContractDate = dateOnly(addDays(renewalDate, -365 * rng.int(1, 4)));
    while (originalContractDate > addDays(REFERENCE_NOW, -230)) originalContractDate = addDays(originalContractDate, -365);
    const customerForDays = Math.round((REFERENCE_NOW.getTime() - originalContractDate.getTime()) / 86_400_000);
    const stage = stageFor(renewalInDays, customerForDays, health);
    const csm = csmFor(entry.name, csms, index);
    const createdAt = addDays(originalContractDate, -rng.int(10, 40));

    rows.company.push({
      id,
      domainId: domain.id,
      name: entry.name,
      searchName: searchKey(entry.name),
      emailDomain: entry.emailDomain,
      industry: entry.industry,
      employees,
      arr: new Prisma.Decimal(arr.toFixed(2)),
      mrr: new Prisma.Decimal((arr / 12).toFixed(2)),
      renewalDate,
      originalContractDate,
      stage,
      status: statusFor(health),
      lifecycle: rng.chance(0.1) ? LIFECYCLES[1].value : LIFECYCLES[0].value,
      csmId: csm.id,
      nps: Math.max(-100, Math.min(100, Math.round(health * 1.3 - 45 + rng.int(-12, 12)))),
      version: 1,
      createdAt,
      updatedAt: addDays(REFERENCE_NOW, -rng.int(1, 60)),
    });

    const company: SeededCompany = {
      id,
      name: entry.name,
      region: entry.region,
      language: languageOf(entry.region),
      stage,
      employees,
      csmId: csm.id,
      health,
      createdAt,
      persons: [],
      relationships: [],
      loggedActivityIds: [],
    };
    const relationshipCount = entry.name === DEMO_MEETING.companyName ? 2 : rng.pick([0, 1, 1, 2, 2, 3]);
    const names = RELATIONSHIP_TYPES.flatMap((typeName) => RELATIONSHIP_NAMES[typeName][company.language].map((name) => ({ typeName, name })));
    for (const { typeName, name } of rng.sample(names, relationshipCount)) {
      const relationshipId = seedId('relationship', domain.key, entry.name, name);
      const typeId = ctx.relationshipTypeIds[typeName]!;
      const relCreatedAt = addDays(createdAt, rng.int(5, 60));
      rows.relationship.push({
        id: relationshipId,
        domainId: domain.id,
        companyId: id,
        typeId,
        name,
        searchName: searchKey(name),
        csmId: csm.id,
        version: 1,
        createdAt: relCreatedAt,
        updatedAt: relCreatedAt,
      });
      company.relationships.push({ id: relationshipId, name, typeId, personIds: [] });
    }
    ctx.companies.push(company);
  });
}
