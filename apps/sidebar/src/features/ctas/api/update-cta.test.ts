import type { Cta } from '@c360/contracts';
import { describe, expect, it } from 'vitest';
import type { SendWrite } from '@/hooks/use-write-queue';
import type { NewWrite } from '@/lib/write-queue';
import { setCtaStatus } from './update-cta';

const cta: Cta = {
  id: '7b2c1e4d-5f6a-4b8c-9d0e-1f2a3b4c5d6e',
  type: 'RISK',
  subject: 'Renewal at risk',
  priority: 'HIGH',
  status: 'OPEN',
  dueDate: '2026-03-10',
  overdue: false,
  owner: { id: '1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d', displayName: 'Alex Morgan' },
  companyId: '2b3c4d5e-6f7a-4b9c-8d1e-2f3a4b5c6d7e',
  createdAt: '2026-03-01T09:00:00.000Z',
};

describe('closing a CTA from the list', () => {
  it('is a write of the queue (so an offline close waits and is sent once): PATCH of its status, re-reading the lists', async () => {
    const writes: NewWrite[] = [];
    const send: SendWrite = (write, schema) => {
      writes.push(write);
      return Promise.resolve(schema.parse({ ...cta, status: 'CLOSED', closedAt: '2026-03-02T09:00:00.000Z' }));
    };
    const closed = await setCtaStatus(send, cta, 'CLOSED');
    expect(closed.status).toBe('CLOSED');
    expect(writes).toEqual([{ method: 'PATCH', path: `/api/ctas/${cta.id}`, body: { status: 'CLOSED' }, target: `cta:${cta.id}`, refresh: [['ctas']] }]);
  });
});
