import { describe, expect, it } from 'vitest';
import type { SendWrite } from '@/hooks/use-write-queue';
import type { NewWrite } from '@/lib/write-queue';
import { revokeApiKey } from './revoke-api-key';

describe('revoking an API key', () => {
  it('is a write of the queue: DELETE of that key, re-reading the list once the server has it', async () => {
    const writes: NewWrite[] = [];
    // The server answers 204: nothing, which the contract expects.
    const send: SendWrite = (write, schema) => {
      writes.push(write);
      return Promise.resolve(schema.parse(undefined));
    };
    await revokeApiKey(send, '4a1f6c2e-8b3d-4e5f-9a0b-1c2d3e4f5a6b');
    expect(writes).toEqual([
      {
        method: 'DELETE',
        path: '/api/admin/api-keys/4a1f6c2e-8b3d-4e5f-9a0b-1c2d3e4f5a6b',
        body: undefined,
        target: 'api-keys:4a1f6c2e-8b3d-4e5f-9a0b-1c2d3e4f5a6b',
        refresh: [['admin', 'api-keys']],
      },
    ]);
  });
});
