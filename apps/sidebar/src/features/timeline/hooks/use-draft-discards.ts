import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { backoffDelayMs } from '../../meeting/lib/backoff';
import { refreshTimelines } from '../api/timeline-cache';
import { discardDraft } from '../api/discard-draft';
import { DraftDiscards, pendingDiscardsSchema, type DraftDiscardsSnapshot } from '../lib/draft-discards';
import { browserStorage, storedValue } from '../../../lib/stored-value';
import { discardsStorageKey } from '../lib/draft-store';

// One queue per user for the page's lifetime: a discard goes on after the editor or the tab unmounts.
const queues = new Map<string, DraftDiscards>();

function discardsOf(userId: string): DraftDiscards {
  let queue = queues.get(userId);
  if (!queue) {
    queue = new DraftDiscards({
      send: discardDraft,
      store: storedValue(browserStorage(), discardsStorageKey(userId), pendingDiscardsSchema),
      retryDelayMs: backoffDelayMs,
    });
    queues.set(userId, queue);
    window.addEventListener('online', () => void queue?.resume());
    // What a reload or a closed sidebar left waiting.
    void queue.resume();
  }
  return queue;
}

const none: DraftDiscardsSnapshot = { pending: [], waiting: false };
const noQueue = () => () => undefined;
// Nobody signed in: no editor is open, so nothing is discarded.
const ignore = () => undefined;

/** The signed-in user's discard queue: what is still to be deleted, and `add` for the editor's Cancel. */
export function useDraftDiscards(userId: string | null) {
  const queryClient = useQueryClient();
  const queue = userId === null ? null : discardsOf(userId);
  const snapshot = useSyncExternalStore(queue?.subscribe ?? noQueue, queue?.getSnapshot ?? (() => none));
  const count = snapshot.pending.length;
  const previousCount = useRef(count);
  useEffect(() => {
    // A discard went through: the server's lists no longer hold that draft.
    if (count < previousCount.current) void refreshTimelines(queryClient);
    previousCount.current = count;
  }, [count, queryClient]);
  return { ...snapshot, add: queue?.add ?? ignore };
}
