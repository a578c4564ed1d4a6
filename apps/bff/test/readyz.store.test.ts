import { createTestStore } from '@c360/c360/testing';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { testApp } from './support/test-app.ts';

describe('/readyz on a real store', () => {
  it('is ready while the store answers, and 503 problem+json once it is closed', async () => {
    const store = await createTestStore();
    const app = testApp({ store });
    const ready = await request(app).get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready' });

    await store.close();
    const gone = await request(app).get('/readyz');
    expect(gone.status).toBe(503);
    expect(gone.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
