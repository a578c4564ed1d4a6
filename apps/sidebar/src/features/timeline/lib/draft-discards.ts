import { z } from 'zod';
import { NETWORK_FAILURE, toApiError } from '../../../lib/api-client';
import type { StoredValue } from '../../../lib/stored-value';

/** A cancelled new activity whose server draft must go: named by its Idempotency-Key, its id once known. */
export const pendingDiscardSchema = z.object({ idempotencyKey: z.string().min(1), activityId: z.string().nullable() });
export type PendingDiscard = z.infer<typeof pendingDiscardSchema>;
export const pendingDiscardsSchema = z.array(pendingDiscardSchema);

export interface DraftDiscardsSnapshot {
  pending: readonly PendingDiscard[];
  /** The last try got no answer (or a busy server): the discards wait for the next one. */
  waiting: boolean;
}

export interface DraftDiscardsDeps {
  send(idempotencyKey: string): Promise<unknown>;
  store: StoredValue<PendingDiscard[]>;
  retryDelayMs(attempt: number): number;
}

// Worth another try: no answer, a busy or unavailable server, or a sign-in to renew.
const retryable = (status: number) => status === NETWORK_FAILURE || status === 401 || status === 429 || status >= 500;

/**
 * Deletes cancelled new activities on the server, whatever their autosave got to: kept in storage until
 * the server has taken each (so a reload or a closed sidebar replays them), sent one at a time and retried
 * with backoff while there is no answer. The server's answer is final, a 409 too (logged meanwhile: kept).
 * Plain TypeScript, so the rules are tested without a browser.
 */
export class DraftDiscards {
  private snapshot: DraftDiscardsSnapshot;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sending = false;
  private attempt = 0;

  constructor(private readonly deps: DraftDiscardsDeps) {
    this.snapshot = { pending: deps.store.read() ?? [], waiting: false };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): DraftDiscardsSnapshot => this.snapshot;

  add = (discard: PendingDiscard): void => {
    const others = this.snapshot.pending.filter((pending) => pending.idempotencyKey !== discard.idempotencyKey);
    this.update({ pending: [...others, discard] });
    void this.run();
  };

  /** Sends what a reload (or a closed sidebar) left waiting; the browser back online calls it too. */
  resume = (): Promise<void> => this.run();

  private async run(): Promise<void> {
    if (this.sending) return;
    this.clearTimer();
    const next = this.snapshot.pending[0];
    if (!next) return;
    this.sending = true;
    let settled: boolean;
    try {
      await this.deps.send(next.idempotencyKey);
      settled = true;
    } catch (error) {
      settled = !retryable(toApiError(error).status);
    }
    this.sending = false;
    if (!settled) {
      this.update({ waiting: true });
      this.timer = setTimeout(() => void this.run(), this.deps.retryDelayMs(this.attempt));
      this.attempt += 1;
      return;
    }
    this.attempt = 0;
    this.update({ pending: this.snapshot.pending.filter((pending) => pending !== next), waiting: false });
    await this.run();
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private update(changes: Partial<DraftDiscardsSnapshot>): void {
    const previous = this.snapshot;
    this.snapshot = { ...previous, ...changes };
    if (this.snapshot.pending !== previous.pending) this.deps.store.write([...this.snapshot.pending]);
    for (const listener of this.listeners) listener();
  }
}
