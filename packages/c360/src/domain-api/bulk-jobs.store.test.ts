import { importJobSchema } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { rejection, storeTest as it } from '../../test/support/index.ts';
import { authenticateApiKey, type ApiKeyCaller } from '../api-keys/authenticate-api-key.ts';
import { createApiKey } from '../api-keys/manage-api-keys.ts';
import { runImport } from '../imports/run-import.ts';
import type { Actor } from '../permissions/actor.ts';
import type { Store } from '../store/index.ts';
import { bulkJobResults, readBulkJob, startBulkJob } from './bulk-jobs.ts';

// Issue 17: the domain API's bulk job as the domain sees it, for keys of acme (alex's) and globex (olga's).
let store: Store;
const callerOf = async (admin: Actor) => authenticateApiKey(store.prisma, (await createApiKey(store.prisma, admin, { name: 'CRM bulk' })).key);
const callers = {} as { acme: ApiKeyCaller; globex: ApiKeyCaller };
it.beforeAll(async ({ store: fileStore, actors }) => {
  store = fileStore;
  const [alex, olga] = await actors('alex@acme.example', 'olga.petrova@globex.example');
  Object.assign(callers, { acme: await callerOf(alex), globex: await callerOf(olga) });
});

async function* fileOf(text: string): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(text);
}

const COMPANIES = ['ExternalId,Name,Employees', 'bulk-1,Bulk Works,12', 'bulk-2,,7', 'bulk-3,Many Ltd,many'].join('\r\n');

/** A job started with the key and run to its end, as the BFF runs it in the background. */
async function ranJob(caller: ApiKeyCaller) {
  const { id } = await startBulkJob(store.prisma, caller, 'companies', fileOf(COMPANIES));
  await runImport(store.prisma, id);
  return id;
}

describe('a bulk job of the domain API', () => {
  it('is an import of the key’s domain, started by the key (no user), audited as an API call', async () => {
    const id = await ranJob(callers.acme);
    const stored = await store.prisma.importJob.findUniqueOrThrow({ where: { id }, select: { domainId: true, createdById: true, apiKeyId: true } });
    expect(stored).toEqual({ domainId: callers.acme.domainId, createdById: null, apiKeyId: callers.acme.keyId });
    const audit = await store.prisma.auditEvent.findMany({
      where: { domainId: callers.acme.domainId, data: { path: ['importId'], equals: id } },
      orderBy: { createdAt: 'asc' },
    });
    expect(audit.map((event) => [event.type, event.userId, (event.data as { keyId?: string }).keyId])).toEqual([
      ['api.call', null, callers.acme.keyId],
      ['import.finished', null, callers.acme.keyId],
    ]);
  });

  it('answers its progress with the import’s view', async () => {
    const id = await ranJob(callers.acme);
    const job = importJobSchema.parse(await readBulkJob(store.prisma, callers.acme, id));
    expect(job).toMatchObject({ id, object: 'companies', state: 'DONE', rowsTotal: 3, errorCount: 2 });
  });

  it('answers its refused rows as CSV, by row and column', async () => {
    const id = await ranJob(callers.acme);
    const csv = await bulkJobResults(store.prisma, callers.acme, id);
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('row,column,message');
    expect(lines.slice(1, -1).map((line) => line.split(',').slice(0, 2).join(','))).toEqual(['3,Name', '4,Employees']);
    expect(lines.at(-1)).toBe('');
  });

  it('has no results while it has not ended', async () => {
    const { id } = await startBulkJob(store.prisma, callers.acme, 'companies', fileOf(COMPANIES));
    expect(await rejection(bulkJobResults(store.prisma, callers.acme, id))).toMatchObject({ code: 'CONFLICT' });
    await runImport(store.prisma, id);
  });

  it('is not found with another domain’s key, nor by an id that is no uuid', async () => {
    const id = await ranJob(callers.acme);
    expect(await rejection(readBulkJob(store.prisma, callers.globex, id))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await rejection(bulkJobResults(store.prisma, callers.globex, id))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await rejection(readBulkJob(store.prisma, callers.acme, 'not-a-uuid'))).toMatchObject({ code: 'NOT_FOUND' });
  });
});
