import { DEMO_PASSWORD, seedDemoDataIfEmpty } from '../../packages/c360/src/seed/index.ts';
import { openStore, type Store, type StoreOptions } from '../../packages/c360/src/store/index.ts';

/** The acme users with a Full licence (they may log activities); the clients sign in as them in turn. */
export const LOAD_USERNAMES = ['alex@acme.example', 'hana.sato@acme.example', 'kenji.ito@acme.example', 'priya.shah@acme.example'];
export const LOAD_DOMAIN_HOST = 'acme.gainsightcloud.com';
export const LOAD_PASSWORD = DEMO_PASSWORD;

export interface LoadFixture {
  domainId: string;
  companyIds: string[];
}

/** DATABASE_URL's server, or an embedded store in `dataDir`: the store the BFF under load will open. */
export const loadStoreOptions = (databaseUrl: string | undefined, dataDir: string): StoreOptions =>
  databaseUrl ? { kind: 'postgres', databaseUrl } : { kind: 'pglite', dataDir };

async function withStore<T>(options: StoreOptions, use: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(options);
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/** Loads the demo data into an empty store (as the BFF's first start does), then reads what the clients need. */
export function prepareLoadStore(options: StoreOptions): Promise<LoadFixture> {
  return withStore(options, async ({ prisma }) => {
    await seedDemoDataIfEmpty(prisma);
    const domain = await prisma.domain.findUniqueOrThrow({ where: { host: LOAD_DOMAIN_HOST } });
    const companies = await prisma.company.findMany({ where: { domainId: domain.id }, select: { id: true }, orderBy: { name: 'asc' } });
    return { domainId: domain.id, companyIds: companies.map((company) => company.id) };
  });
}

export interface StoredKeys {
  /** Activities of the run's keys, by key: normally one each. */
  rowsByKey: Map<string, string[]>;
}

/** Every activity whose idempotency key carries the run's prefix, read once the BFF has stopped. */
export function readStoredKeys(options: StoreOptions, keyPrefix: string): Promise<StoredKeys> {
  return withStore(options, async ({ prisma }) => {
    const rows = await prisma.activity.findMany({
      where: { idempotencyKey: { startsWith: keyPrefix } },
      select: { id: true, idempotencyKey: true },
    });
    const rowsByKey = new Map<string, string[]>();
    for (const row of rows) rowsByKey.set(row.idempotencyKey!, [...(rowsByKey.get(row.idempotencyKey!) ?? []), row.id]);
    return { rowsByKey };
  });
}
