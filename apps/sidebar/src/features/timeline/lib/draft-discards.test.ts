import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, NETWORK_FAILURE } from '../../../lib/api-client';
import { DraftDiscards, pendingDiscardsSchema } from './draft-discards';
import { storedValue, type StorageLike } from '../../../lib/stored-value';

const problem = (status: number) => new ApiError(status, { type: 'about:blank', title: 'Failed', status });

function memoryStorage(): StorageLike {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value), removeItem: (key) => void items.delete(key) };
}

function setUp(storage = memoryStorage()) {
  const store = storedValue(storage, 'discards', pendingDiscardsSchema);
  const send = vi.fn<(key: string) => Promise<unknown>>(() => Promise.resolve(undefined));
  const queue = new DraftDiscards({ send, store, retryDelayMs: (attempt) => 1000 * 2 ** attempt });
  return { storage, store, send, queue };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the discard queue', () => {
  it('sends a discard at once and forgets it once the server has it', async () => {
    const { send, store, queue } = setUp();
    queue.add({ idempotencyKey: 'k1', activityId: 'a1' });
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledWith('k1');
    expect(queue.getSnapshot()).toEqual({ pending: [], waiting: false });
    expect(store.read()).toEqual([]);
  });

  it('keeps it in storage and retries with backoff while there is no answer, then shows it is no longer waiting', async () => {
    const { send, store, queue } = setUp();
    send.mockRejectedValueOnce(problem(NETWORK_FAILURE)).mockRejectedValueOnce(problem(503));
    queue.add({ idempotencyKey: 'k1', activityId: null });
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getSnapshot().waiting).toBe(true);
    expect(store.read()).toEqual([{ idempotencyKey: 'k1', activityId: null }]);

    await vi.advanceTimersByTimeAsync(1000);
    expect(send).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2000);
    expect(send).toHaveBeenCalledTimes(3);
    expect(queue.getSnapshot()).toEqual({ pending: [], waiting: false });
  });

  it('replays what a reload left in storage, in order', async () => {
    const first = setUp();
    first.send.mockRejectedValue(problem(NETWORK_FAILURE));
    first.queue.add({ idempotencyKey: 'k1', activityId: null });
    first.queue.add({ idempotencyKey: 'k2', activityId: 'a2' });
    await vi.advanceTimersByTimeAsync(0);

    const reloaded = setUp(first.storage);
    expect(reloaded.queue.getSnapshot().pending).toHaveLength(2);
    await reloaded.queue.resume();
    expect(reloaded.send.mock.calls).toEqual([['k1'], ['k2']]);
    expect(reloaded.store.read()).toEqual([]);
  });

  it("takes the server's refusal as final: a draft logged meanwhile (409) is not retried", async () => {
    const { send, queue } = setUp();
    send.mockRejectedValueOnce(problem(409));
    queue.add({ idempotencyKey: 'k1', activityId: 'a1' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(send).toHaveBeenCalledTimes(1);
    expect(queue.getSnapshot().pending).toEqual([]);
  });
});
