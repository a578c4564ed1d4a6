import { describe, expect } from 'vitest';
import { demoActor, rejection, storeTest as it } from '../../test/support/index.ts';
import type { Store } from '../store/index.ts';
import { readCompanySummary } from './read-company-summary.ts';

let store: Store;
let companyId: string;
it.beforeAll(async ({ store: fileStore }) => {
  store = fileStore;
  companyId = (await store.prisma.company.findFirstOrThrow({ where: { domain: { tenant: 'acme', environment: 'PRODUCTION' } } })).id;
});

describe('reading a company summary', () => {
  it('gives a user who views Customer 360 their own domain’s company', async () => {
    const vera = await demoActor(store.prisma, 'vera@acme.example');
    expect(await readCompanySummary(store.prisma, vera, companyId)).toMatchObject({ id: companyId });
  });

  it('refuses a user whose licence cannot view Customer 360', async () => {
    const ian = await demoActor(store.prisma, 'ian@acme.example');
    const error = await rejection(readCompanySummary(store.prisma, ian, companyId));
    expect(error).toMatchObject({ code: 'FORBIDDEN', details: { action: 'viewC360' } });
  });
});
