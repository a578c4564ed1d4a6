import { useState } from 'react';
import { browserStorage } from '@/lib/stored-value';
import { draftStore } from '../lib/draft-store';
import type { LocalDraft } from '../lib/local-draft';

interface Slot {
  storageKey: string | null;
  draft: LocalDraft | null;
}

const restore = (storageKey: string | null): Slot => ({ storageKey, draft: storageKey === null ? null : draftStore(browserStorage(), storageKey).read() });

/**
 * Which draft the editor has open. A draft left in storage (the sidebar reloaded, crashed or popped out
 * mid-typing) opens the editor again as soon as the slot is known.
 */
export function useEditorSlot(storageKey: string | null) {
  const [slot, setSlot] = useState<Slot>(() => restore(storageKey));
  // The user or meeting became known (or changed): adjust during render, as React recommends for derived state.
  if (slot.storageKey !== storageKey) setSlot(restore(storageKey));

  return {
    draft: slot.storageKey === storageKey ? slot.draft : null,
    open: (draft: LocalDraft) => setSlot({ storageKey, draft }),
    close: () => setSlot({ storageKey, draft: null }),
  };
}
