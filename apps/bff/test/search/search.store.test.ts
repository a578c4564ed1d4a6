import { searchResponseSchema } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { appTest as it, fileAppOf } from '../support/app-test.ts';
import { get, signedIn } from '../support/gainsight.ts';

const file = fileAppOf(it);

describe('GET /api/search', () => {
  it("finds the signed-in user's companies and relationships, best match first", async () => {
    const res = await get(file.app, '/api/search?q=northw', await signedIn(file.app, file.store, 'vera@acme.example')).expect(200);
    const { items } = searchResponseSchema.parse(res.body);
    expect(items[0]).toMatchObject({ kind: 'company', name: 'Northwind Traders' });
  });

  it("finds nothing of another domain's", async () => {
    const res = await get(
      file.app,
      '/api/search?q=northwind',
      await signedIn(file.app, file.store, 'sam@globex.example', { host: 'globex.us2.gainsightcloud.com' }),
    ).expect(200);
    expect(searchResponseSchema.parse(res.body).items.map((item) => item.name)).not.toContain('Northwind Traders');
  });

  it('names the field of a query that is too long, and needs a sign-in', async () => {
    const res = await get(file.app, `/api/search?q=${'x'.repeat(101)}`, await signedIn(file.app, file.store, 'alex@acme.example')).expect(400);
    expect(res.body.errors).toEqual([{ path: 'q', message: 'Search for at most 100 characters.' }]);
    await get(file.app, '/api/search?q=north').expect(401);
  });
});
