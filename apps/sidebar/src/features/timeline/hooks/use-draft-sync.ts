import { useEffect, useState, useSyncExternalStore } from 'react';
import { createActivity, updateActivity } from '../api/save-activity';
import { browserStorage } from '@/lib/stored-value';
import { draftStore } from '../lib/draft-store';
import { DraftSync, type PendingDiscard } from '../lib/draft-sync';
import type { LocalDraft } from '../lib/local-draft';
import { useActivityToast } from './use-activity-toast';

/**
 * The open editor's draft, saved locally and to the server by a DraftSync for as long as it is mounted;
 * a cancelled new activity goes to `discardOnServer` (the user's discard queue).
 */
export function useDraftSync(initialDraft: LocalDraft, storageKey: string, discardOnServer: (discard: PendingDiscard) => void) {
  const [sync] = useState(
    () => new DraftSync(initialDraft, { create: createActivity, update: updateActivity, store: draftStore(browserStorage(), storageKey), discardOnServer }),
  );
  const snapshot = useSyncExternalStore(sync.subscribe, sync.getSnapshot);
  const announce = useActivityToast();

  // Log or Save draft confirmed once the server has it (not for every autosave).
  useEffect(() => {
    let finished = sync.getSnapshot().state.kind === 'done';
    return sync.subscribe(() => {
      const { state } = sync.getSnapshot();
      if (state.kind === 'done' && !finished) announce(state.activity);
      finished = state.kind === 'done';
    });
  }, [sync, announce]);

  useEffect(() => {
    sync.start();
    // Back online: replay a queued save now instead of waiting for the next backoff step.
    const onOnline = () => void sync.retryNow();
    window.addEventListener('online', onOnline);
    return () => {
      window.removeEventListener('online', onOnline);
      sync.stop();
    };
  }, [sync]);

  return { sync, snapshot };
}
