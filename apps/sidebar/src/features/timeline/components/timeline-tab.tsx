import type { Activity } from '@c360/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { useMeeting } from '@/features/meeting';
import { useCurrentSubject } from '@/features/subject';
import { refreshTimelines, upsertActivity } from '../api/timeline-cache';
import { useDraftDiscards } from '../hooks/use-draft-discards';
import { useEditorSlot } from '../hooks/use-editor-slot';
import { useOpenActivityRequest } from '../hooks/use-open-activity-request';
import { useQuoteRequest } from '../hooks/use-quote-request';
import { useViewer } from '@/hooks/use-viewer';
import { draftScope, draftStorageKey } from '../lib/draft-store';
import { editDraft, isMeetingSubject, newDraft } from '../lib/new-draft';
import { quoteNotes } from '../lib/quote-notes';
import { NO_ATTENDEES, rosterAttendees, withChosen } from '../lib/roster-attendees';
import { ResumeDraftOffer } from './resume-draft-offer';
import { TimelineList } from './timeline-list';
import './timeline.css';

// The editor (rich text, sync) loads on first use: the timeline's first screen stays small.
const ActivityEditor = lazy(() => import('./activity-editor'));

export function TimelineTab() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { subject, meetingUuid } = useCurrentSubject();
  const meeting = useMeeting(meetingUuid);
  const viewer = useViewer();
  const discards = useDraftDiscards();
  const scope = draftScope(meetingUuid, subject);
  const storageKey = viewer && scope ? draftStorageKey(viewer.userId, scope) : null;
  const editor = useEditorSlot(storageKey);
  const [editedAttendees, setEditedAttendees] = useState<Activity | null>(null);
  const logButton = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);
  const roster = useMemo(() => rosterAttendees(meeting.data), [meeting.data]);
  // Only an activity of this meeting is offered its participants: another company's must not get them.
  const draftOfMeeting = meetingUuid !== null && editor.draft?.meetingUuid === meetingUuid;
  const offered = draftOfMeeting ? roster : NO_ATTENDEES;
  const choices = {
    internal: withChosen(offered.internal, editedAttendees?.internalAttendees ?? []),
    external: withChosen(offered.external, editedAttendees?.externalAttendees ?? []),
    suggested: offered.suggested,
  };
  const meetingSubject = meeting.data?.subject ?? null;
  const otherMeetingSubject = meetingUuid !== null && !draftOfMeeting && meetingSubject ? meetingSubject.name : null;

  useEffect(() => {
    if (returnFocus && !editor.draft) logButton.current?.focus();
  }, [returnFocus, editor.draft]);

  const { close } = editor;
  const onEditorClose = useCallback(
    (activity: Activity | null) => {
      close();
      setEditedAttendees(null);
      setReturnFocus(true);
      if (activity) upsertActivity(queryClient, activity);
      void refreshTimelines(queryClient);
    },
    [close, queryClient],
  );

  const openExisting = (activity: Activity) => {
    setEditedAttendees(activity);
    setReturnFocus(false);
    editor.open(editDraft(activity, subject));
  };
  useOpenActivityRequest(openExisting);

  const subjectOfMeeting = meetingUuid !== null && subject !== null && isMeetingSubject(meeting.data, subject);
  /** A new activity, with `notes` already in it (lines quoted while no editor was open) to be saved as typed. */
  const logActivity = (notes = '') => {
    if (!subject) return;
    setReturnFocus(false);
    const fromMeeting = subjectOfMeeting ? { meetingUuid, topic: meeting.data?.topic ?? null, attendees: roster } : null;
    const draft = newDraft({ subject, meeting: fromMeeting, now: new Date() });
    editor.open(notes === '' ? draft : { ...draft, fields: { ...draft.fields, notes }, dirty: true });
  };
  // With no editor open, a quoted line starts a new activity (the open editor takes them itself).
  useQuoteRequest((quotes) => logActivity(quoteNotes(quotes)), editor.draft === null && subject !== null && viewer?.canWrite === true);

  if (!viewer || (!subject && !editor.draft)) return <EmptyState title={t('empty.noSubject')}>{t('timeline.empty')}</EmptyState>;

  return (
    <div className="tab-page">
      {discards.waitingCount > 0 && (
        <p role="status" className="save-status save-status--offline">
          {t('timeline.discardWaiting', { count: discards.waitingCount })}
        </p>
      )}
      {editor.draft && storageKey ? (
        <Suspense fallback={<p className="muted">{t('timeline.editor.loading')}</p>}>
          <ActivityEditor
            initialDraft={editor.draft}
            storageKey={storageKey}
            choices={choices}
            otherMeetingSubject={otherMeetingSubject}
            discardOnServer={discards.add}
            onClose={onEditorClose}
          />
        </Suspense>
      ) : (
        subject &&
        viewer.canWrite && (
          <>
            <div className="timeline__toolbar">
              <button type="button" ref={logButton} className="button button--primary" onClick={() => logActivity()}>
                {t('timeline.logActivity')}
              </button>
            </div>
            {subjectOfMeeting && <ResumeDraftOffer meetingUuid={meetingUuid} subject={subject} hiddenIds={discards.hiddenIds} onContinue={openExisting} />}
          </>
        )
      )}
      {subject && <TimelineList subject={subject} viewer={viewer} editorOpen={editor.draft !== null} hiddenIds={discards.hiddenIds} onEdit={openExisting} />}
    </div>
  );
}
