import type { Store } from '@c360/c360/store';
import { searchResponseSchema } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { appTest as it } from '../support/app-test.ts';
import { get, signedIn, type TestApp } from '../support/gainsight.ts';

let store: Store;
let app: TestApp;
it.beforeAll(({ store: fileStore, app: fileApp }) => {
  store = fileStore;
  app = fileApp;
});

describe('GET /api/search', () => {
  it("finds the signed-in user's companies and relationships, best match first", async () => {
    const res = await get(app, '/api/search?q=northw', await signedIn(app, store, 'vera@acme.example')).expect(200);
    const { items } = searchResponseSchema.parse(res.body);
    expect(items[0]).toMatchObject({ kind: 'company', name: 'Northwind Traders' });
  });

  it("finds nothing of another domain's", async () => {
    const res = await get(app, '/api/search?q=northwind', await signedIn(app, store, 'sam@globex.example', { host: 'globex.us2.gainsightcloud.com' })).expect(
      200,
    );
    expect(searchResponseSchema.parse(res.body).items.map((item) => item.name)).not.toContain('Northwind Traders');
  });

  it('names the field of a query that is too long, and needs a sign-in', async () => {
    const res = await get(app, `/api/search?q=${'x'.repeat(101)}`, await signedIn(app, store, 'alex@acme.example')).expect(400);
    expect(res.body.errors).toEqual([{ path: 'q', message: 'Search for at most 100 characters.' }]);
    await get(app, '/api/search?q=north').expect(401);
  });
});
