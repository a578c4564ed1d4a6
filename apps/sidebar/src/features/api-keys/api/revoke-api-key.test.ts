import { describe, expect, it, vi } from 'vitest';
import type { SendWrite } from '@/hooks/use-write-queue';
import { revokeApiKey } from './revoke-api-key';

describe('revoking an API key', () => {
  it('is a write of the queue: DELETE of that key, re-reading the list once the server has it', async () => {
    const send = vi.fn<SendWrite>(() => Promise.resolve(undefined));
    await revokeApiKey(send, '4a1f6c2e-8b3d-4e5f-9a0b-1c2d3e4f5a6b');
    expect(send).toHaveBeenCalledWith(
      {
        method: 'DELETE',
        path: '/api/admin/api-keys/4a1f6c2e-8b3d-4e5f-9a0b-1c2d3e4f5a6b',
        body: undefined,
        target: 'api-keys:4a1f6c2e-8b3d-4e5f-9a0b-1c2d3e4f5a6b',
        refresh: [['admin', 'api-keys']],
      },
      expect.anything(),
    );
  });
});
