import type { Activity, MeetingLogView } from '@c360/contracts';
import { useState } from 'react';
import { useViewer } from '@/hooks/use-viewer';
import { browserStorage, storedValue } from '@/lib/stored-value';
import { draftScope, draftStorageKey, draftStore, type MergeChoice } from '@/features/timeline';
import {
  afterCallDraftSchema,
  afterCallStorageKey,
  baseOf,
  fromTimelineEditor,
  holdsPanel,
  openDraft,
  resolveDraft,
  type AfterCallDraft,
  type OpenedDraft,
  type PanelFields,
} from '../lib/after-call-draft';

/** The kept text of the panel and of the Timeline editor's slot of the same meeting. */
function storesOf(userId: string | undefined, meetingUuid: string) {
  if (userId === undefined) return null;
  const storage = browserStorage();
  return {
    panel: storedValue(storage, afterCallStorageKey(userId, meetingUuid), afterCallDraftSchema),
    editor: draftStore(storage, draftStorageKey(userId, draftScope(meetingUuid, null) ?? '')),
  };
}

/**
 * The after-call panel's text, kept on this device at every keystroke until the log is answered, and the
 * activity it conflicts with, if any. Opened once per panel (the caller keys the panel by meeting).
 */
export function useAfterCallDraft(log: MeetingLogView) {
  const userId = useViewer()?.userId;
  const [stores] = useState(() => storesOf(userId, log.meetingUuid));
  const store = stores?.panel;
  const [state, setState] = useState<OpenedDraft>(() => openDraft(log, store?.read() ?? fromTimelineEditor(stores?.editor.read() ?? null, log.activity)));
  // Counts the times the text was replaced from outside (a resolved conflict), for the notes editor.
  const [revision, setRevision] = useState(0);

  const keep = (draft: AfterCallDraft, theirs: Activity | null = null) => {
    store?.write(draft);
    setState({ draft, theirs });
  };

  return {
    ...state,
    revision,
    edit: (fields: Partial<PanelFields>) => keep({ ...state.draft, fields: { ...state.draft.fields, ...fields } }, state.theirs),
    /** The server answered with its activity (a draft kept for follow-ups, or a 409): go on from it, or ask if it holds other text. */
    meet: (activity: Activity) => (holdsPanel(activity, state.draft.fields) ? keep({ ...state.draft, base: baseOf(activity) }) : keep(state.draft, activity)),
    resolve: (choice: MergeChoice) => {
      if (!state.theirs) return;
      keep(resolveDraft(state.draft, state.theirs, choice));
      setRevision((current) => current + 1);
    },
    /** The log was answered: nothing is left to keep, here or in the Timeline editor's slot of this activity. */
    forget: () => {
      store?.clear();
      const { base } = state.draft;
      if (stores && base !== null && stores.editor.read()?.server?.id === base.id) stores.editor.clear();
    },
  };
}
