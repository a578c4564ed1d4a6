import { createApiKey } from '@c360/c360';
import type { CreatedApiKey } from '@c360/contracts';
import type { Store } from '@c360/c360/store';
import { demoActor } from '@c360/c360/testing';
import request from 'supertest';
import type { TestApp } from './gainsight.ts';

/** A new API key made by a demo tenant admin (alex@acme.example, olga.petrova@globex.example…) for their domain. */
export async function apiKeyOf(store: Pick<Store, 'prisma'>, adminEmail: string, name = 'integration'): Promise<CreatedApiKey> {
  return createApiKey(store.prisma, await demoActor(store.prisma, adminEmail), { name });
}

/** A call of the domain API as an integration makes it: the key in an `accesskey` header, no cookie, no Origin. */
export function callDomainApi(app: TestApp, path: string, key: string | undefined, body: unknown) {
  const req = request(app).post(path);
  if (key !== undefined) req.set('accesskey', key);
  return req.send(body as object);
}

/** An upsert's body: `{records: [...]}`. */
export const records = (...items: object[]) => ({ records: items });
