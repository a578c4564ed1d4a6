import type { Activity, MeetingLogView } from '@c360/contracts';
import { useState } from 'react';
import { useViewer } from '../../timeline/hooks/use-viewer';
import { browserStorage, keptStore } from '../../timeline/lib/draft-store';
import type { MergeChoice } from '../../timeline/lib/draft-sync';
import { afterCallDraftSchema, afterCallStorageKey, baseOf, holdsPanel, openDraft, resolveDraft, type AfterCallDraft, type OpenedDraft, type PanelFields } from '../lib/after-call-draft';

/**
 * The after-call panel's text, kept on this device at every keystroke until the log is answered, and the
 * activity it conflicts with, if any. Opened once per panel (the caller keys the panel by meeting).
 */
export function useAfterCallDraft(log: MeetingLogView) {
  const userId = useViewer()?.userId;
  const [store] = useState(() => (userId === undefined ? null : keptStore(browserStorage(), afterCallStorageKey(userId, log.meetingUuid), afterCallDraftSchema)));
  const [state, setState] = useState<OpenedDraft>(() => openDraft(log, store?.read() ?? null));
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
    meet: (activity: Activity) =>
      holdsPanel(activity, state.draft.fields) ? keep({ ...state.draft, base: baseOf(activity) }) : keep(state.draft, activity),
    resolve: (choice: MergeChoice) => {
      if (!state.theirs) return;
      keep(resolveDraft(state.draft, state.theirs, choice));
      setRevision((current) => current + 1);
    },
    /** The log was answered: nothing is left to keep. */
    forget: () => store?.clear(),
  };
}
