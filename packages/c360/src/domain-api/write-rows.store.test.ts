import { expect } from 'vitest';
import { storeTest as it } from '../../test/support/index.ts';
import { isUniqueViolation } from '../errors/unique-violation.ts';
import { insertRows } from './write-rows.ts';

it('a set-based insert that hits a unique index is a unique violation, so a batch that lost a race is retried', async ({ store }) => {
  const company = await store.prisma.company.findFirstOrThrow();
  const again = { id: company.id, domainId: company.domainId, name: `${company.name} again`, updatedAt: new Date().toISOString() };
  const columns = [
    ['id', 'uuid'],
    ['domainId', 'uuid'],
    ['name', 'text'],
    ['updatedAt', 'timestamptz'],
  ] as const;
  const error: unknown = await insertRows(store.prisma, 'Company', columns, [again]).catch((failure: unknown) => failure);
  expect(isUniqueViolation(error)).toBe(true);
});
