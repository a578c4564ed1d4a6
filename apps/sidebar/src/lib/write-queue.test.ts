import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, NETWORK_FAILURE } from './api-client';
import { storedValue, type StorageLike } from './stored-value';
import { queuedWritesSchema, WriteQueue, type NewWrite, type QueuedWrite } from './write-queue';

const problem = (status: number) => new ApiError(status, { type: 'about:blank', title: 'Failed', status });

function memoryStorage(): StorageLike {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value), removeItem: (key) => void items.delete(key) };
}

const cta = (subject: string): NewWrite => ({
  method: 'POST',
  path: '/api/ctas',
  body: { subject },
  target: 'ctas:activity-1',
  refresh: [['ctas']],
});

function setUp(storage = memoryStorage()) {
  const store = storedValue(storage, 'writes', queuedWritesSchema);
  const send = vi.fn<(write: QueuedWrite) => Promise<unknown>>((write) => Promise.resolve({ sent: write.body }));
  const onSent = vi.fn<(write: QueuedWrite, answer: unknown) => void>();
  let keys = 0;
  const queue = new WriteQueue({ send, store, onSent, retryDelayMs: (attempt) => 1000 * 2 ** attempt, newKey: () => `key-${(keys += 1)}` });
  return { storage, store, send, onSent, queue };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the write queue', () => {
  it('sends a write at once with a new Idempotency-Key and answers with the server’s answer', async () => {
    const { send, store, queue, onSent } = setUp();
    await expect(queue.send(cta('Call back'))).resolves.toEqual({ sent: { subject: 'Call back' } });
    expect(send).toHaveBeenCalledWith(expect.objectContaining({ idempotencyKey: 'key-1', path: '/api/ctas' }));
    expect(onSent).toHaveBeenCalledTimes(1);
    expect(queue.getSnapshot()).toEqual({ pending: [], waiting: false });
    expect(store.read()).toEqual([]);
  });

  it('keeps a write that got no answer in storage, shows it waiting, and re-sends it with the same key until it lands, once', async () => {
    const { send, store, queue, onSent } = setUp();
    send.mockRejectedValueOnce(problem(NETWORK_FAILURE)).mockRejectedValueOnce(problem(503));
    const answer = queue.send(cta('Call back'));
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getSnapshot().waiting).toBe(true);
    expect(queue.getSnapshot().pending.map((write) => write.target)).toEqual(['ctas:activity-1']);
    expect(store.read()).toEqual([expect.objectContaining({ idempotencyKey: 'key-1', target: 'ctas:activity-1' })]);

    await vi.advanceTimersByTimeAsync(1000);
    expect(send).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2000);
    await expect(answer).resolves.toEqual({ sent: { subject: 'Call back' } });
    expect(send.mock.calls.map(([write]) => write.idempotencyKey)).toEqual(['key-1', 'key-1', 'key-1']);
    expect(onSent).toHaveBeenCalledTimes(1);
    expect(queue.getSnapshot()).toEqual({ pending: [], waiting: false });
  });

  it('gives a refusal back to the caller and drops the write: the server’s answer is final', async () => {
    const { send, queue, onSent } = setUp();
    send.mockRejectedValueOnce(problem(400));
    await expect(queue.send(cta(''))).rejects.toMatchObject({ status: 400 });
    expect(queue.getSnapshot().pending).toEqual([]);
    expect(onSent).not.toHaveBeenCalled();
  });

  it('sends writes one at a time, in the order they were made', async () => {
    const { send, queue } = setUp();
    send.mockRejectedValueOnce(problem(NETWORK_FAILURE));
    const first = queue.send(cta('First'));
    const second = queue.send(cta('Second'));
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    await Promise.all([first, second]);
    expect(send.mock.calls.map(([write]) => write.body)).toEqual([{ subject: 'First' }, { subject: 'First' }, { subject: 'Second' }]);
  });

  it('replays what a reload left in storage with its first key, and refreshes the screen afterwards', async () => {
    const before = setUp();
    before.send.mockRejectedValue(problem(NETWORK_FAILURE));
    void before.queue.send({ ...cta('Kept'), idempotencyKey: 'kept-key' });
    await vi.advanceTimersByTimeAsync(0);

    const reloaded = setUp(before.storage);
    expect(reloaded.queue.getSnapshot().pending).toHaveLength(1);
    await reloaded.queue.resume();
    expect(reloaded.send).toHaveBeenCalledWith(expect.objectContaining({ idempotencyKey: 'kept-key', body: { subject: 'Kept' } }));
    expect(reloaded.onSent).toHaveBeenCalledWith(expect.objectContaining({ refresh: [['ctas']] }), expect.anything());
    expect(reloaded.store.read()).toEqual([]);
  });

  it('sends at once when the connection is back, without waiting out the backoff', async () => {
    const { send, queue } = setUp();
    send.mockRejectedValueOnce(problem(NETWORK_FAILURE)).mockRejectedValueOnce(problem(NETWORK_FAILURE));
    const answer = queue.send(cta('Soon'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(send).toHaveBeenCalledTimes(2);
    await queue.resume();
    await expect(answer).resolves.toBeDefined();
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('ignores storage that does not hold writes', () => {
    const storage = memoryStorage();
    storage.setItem('writes', '[{"path":"/elsewhere"}]');
    expect(setUp(storage).queue.getSnapshot().pending).toEqual([]);
  });
});
