import { importJobSchema, PROBLEM_CONTENT_TYPE, startedImportSchema, type ImportJob } from '@c360/contracts';
import request from 'supertest';
import { describe, expect } from 'vitest';
import { appTest as it, fileAppOf } from '../support/app-test.ts';
import { apiKeyOf } from '../support/domain-api.ts';

// Issue 17: the domain API's bulk job (upload, poll its status, download its result file), with a key.
const file = fileAppOf(it, ['session', 'rateLimitCounter']);
const keyOf = async (email: string) => (await apiKeyOf(file.store, email, 'bulk')).key;
const upload = (key: string | undefined, object: string, csv: string) => {
  const req = request(file.app).post(`/api/v1/bulk/${object}`).set('Content-Type', 'text/csv');
  if (key !== undefined) req.set('accesskey', key);
  return req.send(csv);
};
const getWith = (key: string, path: string) => request(file.app).get(path).set('accesskey', key);

/** Polls the job as an integration does, until it has ended. */
async function followed(key: string, id: string): Promise<ImportJob> {
  for (let poll = 0; poll < 100; poll++) {
    const job = importJobSchema.parse((await getWith(key, `/api/v1/bulk/${id}`).expect(200)).body);
    if (job.state !== 'QUEUED' && job.state !== 'RUNNING') return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`bulk job ${id} did not end`);
}

const COMPANIES = 'ExternalId,Name,Employees\nbulk-http-1,Helix Mining,40\nbulk-http-2,Torus Ltd,lots\n';

describe('the bulk job endpoints of /api/v1', () => {
  it('refuse a caller without a key with a 401 problem', async () => {
    const res = await upload(undefined, 'companies', COMPANIES).expect(401);
    expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    await request(file.app).get('/api/v1/bulk/00000000-0000-4000-8000-000000000000').expect(401);
    await request(file.app).get('/api/v1/bulk/00000000-0000-4000-8000-000000000000/results').expect(401);
  });

  it('take a file with 202, answer its progress until it has ended, then its refused rows as CSV', async () => {
    const key = await keyOf('alex@acme.example');
    const { id } = startedImportSchema.parse((await upload(key, 'companies', COMPANIES).expect(202)).body);
    expect(await followed(key, id)).toMatchObject({ id, object: 'companies', state: 'DONE', rowsTotal: 2, created: 1, errorCount: 1 });
    const results = await getWith(key, `/api/v1/bulk/${id}/results`).expect(200);
    expect(results.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(results.headers['content-disposition']).toBe(`attachment; filename="bulk-job-${id}-results.csv"`);
    expect(results.text).toBe('\uFEFFrow,column,message\r\n3,Employees,"Write a whole number, like 120 or 1,200."\r\n');
  });

  it('name an object the import does not take', async () => {
    const res = await upload(await keyOf('alex@acme.example'), 'planets', COMPANIES).expect(400);
    expect(res.body.errors.map((error: { path: string }) => error.path)).toEqual(['object']);
  });

  it('answer another domain’s job as not found', async () => {
    const acmeKey = await keyOf('alex@acme.example');
    const { id } = startedImportSchema.parse((await upload(acmeKey, 'companies', COMPANIES).expect(202)).body);
    await followed(acmeKey, id);
    const globexKey = await keyOf('olga.petrova@globex.example');
    await getWith(globexKey, `/api/v1/bulk/${id}`).expect(404);
    await getWith(globexKey, `/api/v1/bulk/${id}/results`).expect(404);
  });
});
