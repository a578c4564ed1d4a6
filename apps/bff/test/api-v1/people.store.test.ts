import { apiUpsertResultSchema, peoplePageSchema } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { appTest as it, fileAppOf } from '../support/app-test.ts';
import { apiKeyOf, callDomainApi, records } from '../support/domain-api.ts';
import { get, signedIn } from '../support/gainsight.ts';

// Issue 17: POST /api/v1/people, called by an integration with an API key, linking people to companies by ExternalId.
const file = fileAppOf(it, ['session', 'rateLimitCounter']);
const upsert = async (key: string, path: string, body: unknown) =>
  apiUpsertResultSchema.parse((await callDomainApi(file.app, path, key, body).expect(200)).body);

describe('POST /api/v1/people', () => {
  it('upserts people into the company named by its ExternalId, where the sidebar lists them with title and role; re-sending changes nothing', async () => {
    const { key } = await apiKeyOf(file.store, 'alex@acme.example');
    const company = await upsert(key, '/api/v1/companies', records({ ExternalId: 'crm-co-1', Name: 'Integration People Co' }));
    const batch = records(
      {
        ExternalId: 'crm-p-1',
        FirstName: 'Lin',
        LastName: 'Zhao',
        Email: 'lin.zhao@ipc.example',
        CompanyExternalId: 'crm-co-1',
        Title: 'Head of IT',
        Role: 'Champion',
      },
      { ExternalId: 'crm-p-2', FirstName: 'Bad', LastName: 'Company', Email: 'bad@ipc.example', CompanyExternalId: 'crm-co-404' },
    );
    const first = await upsert(key, '/api/v1/people', batch);
    expect(first.results.map((result) => result.status)).toEqual(['created', 'error']);
    expect(first.results[1]!.errors).toEqual([{ field: 'CompanyExternalId', message: expect.any(String) }]);
    const again = await upsert(key, '/api/v1/people', batch);
    expect(again.results.map((result) => result.status)).toEqual(['unchanged', 'error']);

    const cookie = await signedIn(file.app, file.store, 'alex@acme.example');
    const page = peoplePageSchema.parse((await get(file.app, `/api/companies/${company.results[0]!.id}/people`, cookie).expect(200)).body);
    expect(page.items).toMatchObject([{ id: first.results[0]!.id, email: 'lin.zhao@ipc.example', title: 'Head of IT', role: 'Champion' }]);
  });

  it('refuses a call without a key, writing nothing', async () => {
    await callDomainApi(file.app, '/api/v1/people', undefined, records({ FirstName: 'A', LastName: 'B', Email: 'ab@example.com' })).expect(401);
    expect(await file.store.prisma.person.count({ where: { email: 'ab@example.com' } })).toBe(0);
  });
});
