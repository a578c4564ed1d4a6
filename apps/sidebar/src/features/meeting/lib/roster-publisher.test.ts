import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffDelayMs } from '@/lib/backoff';
import { createRosterPublisher } from './roster-publisher';

class Refused extends Error {}

function publisherWith(send: (body: string[]) => Promise<unknown>) {
  return createRosterPublisher<string[]>({ send, debounceMs: 400, retryDelayMs: backoffDelayMs, isRetryable: (error) => !(error instanceof Refused) });
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('publishing the host’s roster', () => {
  it('sends a burst of changes once, after the roster settles', async () => {
    const send = vi.fn(() => Promise.resolve());
    const publisher = publisherWith(send);
    publisher.publish(['Alex']);
    publisher.publish(['Alex', 'Emma']);
    await vi.advanceTimersByTimeAsync(300);
    publisher.publish(['Alex', 'Emma', 'Liam']);
    await vi.advanceTimersByTimeAsync(399);
    expect(send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(send.mock.calls).toEqual([[['Alex', 'Emma', 'Liam']]]);
  });

  it('does not send a roster the server already has', async () => {
    const send = vi.fn(() => Promise.resolve());
    const publisher = publisherWith(send);
    publisher.publish(['Alex']);
    await vi.advanceTimersByTimeAsync(400);
    publisher.publish(['Alex']);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('retries with a growing delay, and the retry carries the newest roster', async () => {
    const send = vi
      .fn<(body: string[]) => Promise<unknown>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(undefined);
    const publisher = publisherWith(send);
    publisher.publish(['Alex']);
    await vi.advanceTimersByTimeAsync(400);
    expect(send).toHaveBeenCalledTimes(1);
    publisher.publish(['Alex', 'Emma']);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(send).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(send).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(send.mock.calls.map(([body]) => body)).toEqual([['Alex'], ['Alex', 'Emma'], ['Alex', 'Emma']]);
    publisher.publish(['Alex', 'Emma', 'Liam']);
    await vi.advanceTimersByTimeAsync(400);
    expect(send).toHaveBeenCalledTimes(4);
  });

  it('sends a change made during a request right after it', async () => {
    let finish: () => void = () => undefined;
    const send = vi.fn((_body: string[]) => new Promise<void>((resolve) => (finish = resolve)));
    const publisher = publisherWith(send);
    publisher.publish(['Alex']);
    await vi.advanceTimersByTimeAsync(400);
    publisher.publish(['Alex', 'Emma']);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(send).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(400);
    expect(send.mock.calls.map(([body]) => body)).toEqual([['Alex'], ['Alex', 'Emma']]);
  });

  it('gives up on a refusal until the roster changes', async () => {
    const send = vi.fn(() => Promise.reject(new Refused()));
    const publisher = publisherWith(send);
    publisher.publish(['Alex']);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(send).toHaveBeenCalledTimes(1);
    publisher.publish(['Alex', 'Emma']);
    await vi.advanceTimersByTimeAsync(400);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('sends nothing once disposed', async () => {
    const send = vi.fn(() => Promise.resolve());
    const publisher = publisherWith(send);
    publisher.publish(['Alex']);
    publisher.dispose();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(send).not.toHaveBeenCalled();
  });

  it('backs off from 1 s to at most 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10].map(backoffDelayMs)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });
});
