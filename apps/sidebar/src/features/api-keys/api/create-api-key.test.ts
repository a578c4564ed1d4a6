import { QueryClient, MutationObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { SendWrite } from '@/hooks/use-write-queue';
import { storedValue, type StorageLike } from '@/lib/stored-value';
import { queuedWritesSchema, WriteQueue, type QueuedWrite } from '@/lib/write-queue';
import { createApiKeyMutation } from './create-api-key';

const created = { id: '4a1f6c2e-8b3d-4e5f-9a0b-1c2d3e4f5a6b', name: 'Salesforce sync', key: 'c360_live_9Xq2mT7vKpL4sR8wZ3nB6yH1jF5dG0cA' };

function memoryStorage(): StorageLike & { contents: () => string } {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    contents: () => [...items.values()].join('\n'),
  };
}

/** The write queue as the sidebar has it (kept in storage until answered), the server answering with the new key. */
function setUp() {
  const storage = memoryStorage();
  const storedWhileSending: string[] = [];
  const transport = vi.fn((write: QueuedWrite) => {
    storedWhileSending.push(storage.contents());
    return Promise.resolve(write.path === '/api/admin/api-keys' ? created : undefined);
  });
  const queue = new WriteQueue({ send: transport, store: storedValue(storage, 'writes', queuedWritesSchema), retryDelayMs: () => 1000 });
  const send: SendWrite = async (write, schema) => schema.parse(await queue.send(write));
  return { storage, storedWhileSending, transport, send };
}

describe('creating an API key', () => {
  it('is a write of the queue: POST with the name and an Idempotency-Key, re-reading the list once the server has it', async () => {
    const { transport, send } = setUp();
    await new MutationObserver(new QueryClient(), createApiKeyMutation(send, vi.fn())).mutate({ name: 'Salesforce sync' });
    expect(transport).toHaveBeenCalledOnce();
    expect(transport.mock.calls[0]![0]).toMatchObject({
      method: 'POST',
      path: '/api/admin/api-keys',
      body: { name: 'Salesforce sync' },
      target: 'api-keys:new',
      refresh: [['admin', 'api-keys']],
      idempotencyKey: expect.any(String),
    });
  });

  it('hands the key to the screen only: neither the mutation cache nor storage ever holds it, and the mutation is gone once unobserved', async () => {
    const { storage, storedWhileSending, send } = setUp();
    const client = new QueryClient();
    const onCreated = vi.fn();
    const observer = new MutationObserver(client, createApiKeyMutation(send, onCreated));

    await expect(observer.mutate({ name: 'Salesforce sync' })).resolves.toEqual({ id: created.id, name: created.name });

    expect(onCreated).toHaveBeenCalledWith(created);
    expect(storedWhileSending.join()).toContain('Salesforce sync');
    expect(storedWhileSending.join() + storage.contents()).not.toContain(created.key);
    const cached = [...client.getMutationCache().getAll(), ...client.getQueryCache().getAll()].map((entry) => entry.state);
    expect(JSON.stringify(cached)).not.toContain(created.key);

    observer.reset();
    await vi.waitFor(() => expect(client.getMutationCache().getAll()).toEqual([]));
  });
});
