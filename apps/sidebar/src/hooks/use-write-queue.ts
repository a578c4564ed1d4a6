import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useToast } from '@/components/ui/toast';
import { backoffDelayMs } from '../lib/backoff';
import { ApiError, apiRequest } from '../lib/api-client';
import { browserStorage, storedValue } from '../lib/stored-value';
import { queuedWritesSchema, WriteQueue, type NewWrite, type QueuedWrite } from '../lib/write-queue';
import { useSession } from './use-session';

/** A write with no answer after this long is treated as lost and re-sent (with its key, so only once). */
const WRITE_TIMEOUT_MS = 15_000;

const writesStorageKey = (userId: string) => `c360.writes:${userId}`;

const sendWrite = (write: QueuedWrite): Promise<unknown> =>
  apiRequest(write.path, z.unknown(), {
    method: write.method,
    body: write.body,
    headers: { ...write.headers, 'Idempotency-Key': write.idempotencyKey },
    signal: AbortSignal.timeout(WRITE_TIMEOUT_MS),
  });

// One queue per user for the page's lifetime: a write goes on after its form or tab unmounts.
const queues = new Map<string, WriteQueue>();
// The app's one QueryClient, for re-reading what a replayed write changed.
let latestClient: QueryClient | null = null;

/** Before the session is known the queue lives in memory only: nothing of one user is kept for another. */
function queueOf(userId: string | null): WriteQueue {
  const name = userId ?? '';
  let queue = queues.get(name);
  if (!queue) {
    queue = new WriteQueue({
      send: sendWrite,
      store: storedValue(userId === null ? null : browserStorage(), writesStorageKey(name), queuedWritesSchema),
      retryDelayMs: backoffDelayMs,
      onSent: (write) => {
        for (const queryKey of write.refresh) void latestClient?.invalidateQueries({ queryKey });
      },
    });
    queues.set(name, queue);
    window.addEventListener('online', () => void queue?.resume());
    // What a reload or a closed sidebar left waiting.
    void queue.resume();
  }
  return queue;
}

/**
 * The signed-in user's write queue: `send` a write and get its answer, parsed with the contract, once the
 * server has it (however long the connection is down); `isWaiting(target)` while a write to that thing
 * is held back for want of an answer, to show "waiting to send" beside it; `pending` and `waiting` for a
 * screen that follows a kind of write as a whole (the timeline's discards).
 */
export function useWriteQueue() {
  const queryClient = useQueryClient();
  useEffect(() => {
    latestClient = queryClient;
  }, [queryClient]);
  const userId = useSession().data?.gainsight?.user.id ?? null;
  const queue = queueOf(userId);
  // The same snapshot when rendered to a string (components' markup tests).
  const snapshot = useSyncExternalStore(queue.subscribe, queue.getSnapshot, queue.getSnapshot);
  const send = useCallback(
    async <S extends z.ZodType>(write: NewWrite, schema: S): Promise<z.infer<S>> => {
      const answer = await queue.send(write);
      const parsed = schema.safeParse(answer);
      if (!parsed.success) throw new ApiError(200, { type: 'about:blank', title: 'The response did not match the contract.', status: 200 });
      return parsed.data;
    },
    [queue],
  );
  const isWaiting = useCallback((target: string) => snapshot.waiting && snapshot.pending.some((write) => write.target === target), [snapshot]);
  return { send, isWaiting, pending: snapshot.pending, waiting: snapshot.waiting };
}

export type SendWrite = ReturnType<typeof useWriteQueue>['send'];

const WAITING_TOAST = 'write-queue:waiting';

/**
 * Starts the signed-in user's queue: what a reload left waiting is sent at once. While writes wait for a
 * connection one toast says "waiting to send" (never "saved": each write confirms itself once the server
 * has it). It follows the queue without re-rendering the caller.
 */
export function useResumeWrites(): void {
  const queue = queueOf(useSession().data?.gainsight?.user.id ?? null);
  const { t } = useTranslation();
  const { show, dismissKey } = useToast();
  useEffect(() => {
    const announce = () => {
      if (queue.getSnapshot().waiting) show({ key: WAITING_TOAST, persistent: true, message: t('toast.waitingToSend') });
      else dismissKey(WAITING_TOAST);
    };
    announce();
    return queue.subscribe(announce);
  }, [queue, t, show, dismissKey]);
}
