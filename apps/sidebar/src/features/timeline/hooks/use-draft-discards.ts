import { useCallback, useMemo } from 'react';
import { z } from 'zod';
import { useWriteQueue } from '@/hooks/use-write-queue';
import { discardDraftWrite, discardedActivityId, isDiscard } from '../api/discard-draft';
import type { PendingDiscard } from '../lib/draft-sync';

/**
 * The editor's Cancel deletes a new activity's server draft through the user's write queue: `add` for the
 * editor, the activities still to be deleted (hidden meanwhile), and how many wait for a connection.
 */
export function useDraftDiscards() {
  const { send, pending, waiting } = useWriteQueue();
  const discards = useMemo(() => pending.filter(isDiscard), [pending]);
  const hiddenIds = useMemo(() => new Set(discards.flatMap((write) => discardedActivityId(write) ?? [])), [discards]);
  // Nobody awaits the answer: a refusal (a draft logged meanwhile) is final and leaves the draft as it is.
  const add = useCallback((discard: PendingDiscard) => void send(discardDraftWrite(discard), z.unknown()).catch(() => undefined), [send]);
  return { add, hiddenIds, waitingCount: waiting ? discards.length : 0 };
}
