import { z } from 'zod';
import { NETWORK_FAILURE, toApiError, type ApiError } from './api-client';
import type { StoredValue } from './stored-value';

/**
 * A write the sidebar must not lose: the request as sent (with its Idempotency-Key, so a re-send changes
 * nothing twice), what it writes (`target`, where "waiting to send" shows) and the queries it changes.
 */
export const queuedWriteSchema = z.object({
  idempotencyKey: z.string().min(1),
  method: z.enum(['POST', 'PUT', 'PATCH', 'DELETE']),
  path: z.string().startsWith('/api/'),
  body: z.unknown(),
  /** Other headers of the request, e.g. `If-Match`. */
  headers: z.record(z.string(), z.string()).optional(),
  target: z.string().min(1),
  /** Query keys to re-read once the server has it: the screen shows what it now holds. */
  refresh: z.array(z.array(z.unknown())),
});
export type QueuedWrite = z.infer<typeof queuedWriteSchema>;
export type NewWrite = Omit<QueuedWrite, 'idempotencyKey'> & { idempotencyKey?: string };
export const queuedWritesSchema = z.array(queuedWriteSchema);

export interface WriteQueueSnapshot {
  pending: readonly QueuedWrite[];
  /** The last try got no answer (or a busy server): the writes wait for the next one. */
  waiting: boolean;
}

export interface WriteQueueDeps {
  send(write: QueuedWrite): Promise<unknown>;
  store: StoredValue<QueuedWrite[]>;
  retryDelayMs(attempt: number): number;
  /** The server took a write (whoever queued it, this page or one before a reload). */
  onSent?(write: QueuedWrite, answer: unknown): void;
  newKey?(): string;
}

// Worth another try: no answer (offline, timeout), a busy or unavailable server, or a sign-in to renew.
export const isRetryable = (error: ApiError) => error.status === NETWORK_FAILURE || error.status === 401 || error.status === 429 || error.status >= 500;

interface Waiter {
  resolve(answer: unknown): void;
  reject(error: ApiError): void;
}

/**
 * Every write of the sidebar goes through here: kept in storage until the server has answered it (so a
 * reload or a closed sidebar replays it), sent one at a time in order, and re-sent with the same
 * Idempotency-Key, with backoff, while there is no answer. The server's answer is final: a refusal (400,
 * 403, 409…) goes back to whoever is waiting, and the write leaves the queue. Plain TypeScript, so the
 * rules are tested without a browser.
 */
export class WriteQueue {
  private snapshot: WriteQueueSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly waiters = new Map<string, Waiter>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sending = false;
  private attempt = 0;

  constructor(private readonly deps: WriteQueueDeps) {
    this.snapshot = { pending: deps.store.read() ?? [], waiting: false };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): WriteQueueSnapshot => this.snapshot;

  /** Queues a write and answers with the server's answer once it has one; a refusal rejects with its ApiError. */
  send = (write: NewWrite): Promise<unknown> => {
    const queued: QueuedWrite = { ...write, idempotencyKey: write.idempotencyKey ?? (this.deps.newKey ?? (() => crypto.randomUUID()))() };
    const answer = new Promise<unknown>((resolve, reject) => this.waiters.set(queued.idempotencyKey, { resolve, reject }));
    this.update({ pending: [...this.snapshot.pending, queued] });
    void this.run();
    return answer;
  };

  /** Sends what a reload left waiting; the browser back online calls it too, to skip the backoff. */
  resume = (): Promise<void> => {
    this.clearTimer();
    return this.run();
  };

  private async run(): Promise<void> {
    if (this.sending) return;
    this.clearTimer();
    const next = this.snapshot.pending[0];
    if (!next) return;
    this.sending = true;
    let outcome: { answer: unknown } | { refused: ApiError };
    try {
      outcome = { answer: await this.deps.send(next) };
    } catch (thrown) {
      const error = toApiError(thrown);
      this.sending = false;
      if (isRetryable(error)) {
        this.update({ waiting: true });
        this.timer = setTimeout(() => void this.run(), this.deps.retryDelayMs(this.attempt));
        this.attempt += 1;
        return;
      }
      outcome = { refused: error };
    }
    this.sending = false;
    this.attempt = 0;
    this.update({ pending: this.snapshot.pending.filter((write) => write !== next), waiting: false });
    const waiter = this.waiters.get(next.idempotencyKey);
    this.waiters.delete(next.idempotencyKey);
    if ('answer' in outcome) {
      this.deps.onSent?.(next, outcome.answer);
      waiter?.resolve(outcome.answer);
    } else {
      waiter?.reject(outcome.refused);
    }
    await this.run();
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private update(changes: Partial<WriteQueueSnapshot>): void {
    const previous = this.snapshot;
    this.snapshot = { ...previous, ...changes };
    if (this.snapshot.pending !== previous.pending) this.deps.store.write([...this.snapshot.pending]);
    for (const listener of this.listeners) listener();
  }
}
