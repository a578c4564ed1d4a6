import type { Activity } from '@c360/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { useMeeting } from '../../meeting/api/get-meeting';
import { useCurrentSubject } from '../../subject/subject-context';
import { refreshTimelines, upsertActivity } from '../api/timeline-cache';
import { useEditorSlot } from '../hooks/use-editor-slot';
import { useOpenActivityRequest } from '../hooks/use-open-activity-request';
import { useViewer } from '../hooks/use-viewer';
import { draftScope, draftStorageKey } from '../lib/draft-store';
import { editDraft, newDraft } from '../lib/new-draft';
import { rosterAttendees, withChosen } from '../lib/roster-attendees';
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
  const scope = draftScope(meetingUuid, subject);
  const storageKey = viewer && scope ? draftStorageKey(viewer.userId, scope) : null;
  const editor = useEditorSlot(storageKey);
  const [editedAttendees, setEditedAttendees] = useState<Activity | null>(null);
  const logButton = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);
  const roster = useMemo(() => rosterAttendees(meeting.data), [meeting.data]);
  const choices = {
    internal: withChosen(roster.internal, editedAttendees?.internalAttendees ?? []),
    external: withChosen(roster.external, editedAttendees?.externalAttendees ?? []),
  };

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

  if (!viewer || (!subject && !editor.draft)) return <EmptyState title={t('empty.noSubject')}>{t('timeline.empty')}</EmptyState>;

  return (
    <div className="timeline">
      {editor.draft && storageKey ? (
        <Suspense fallback={<p className="muted">{t('timeline.editor.loading')}</p>}>
          <ActivityEditor initialDraft={editor.draft} storageKey={storageKey} choices={choices} onClose={onEditorClose} />
        </Suspense>
      ) : (
        subject &&
        viewer.canWrite && (
          <>
            <div className="timeline__toolbar">
              <button
                type="button"
                ref={logButton}
                className="button button--primary"
                onClick={() => {
                  setReturnFocus(false);
                  editor.open(newDraft({ subject, meetingUuid, topic: meeting.data?.topic ?? null, attendees: roster, now: new Date() }));
                }}
              >
                {t('timeline.logActivity')}
              </button>
            </div>
            {meetingUuid && <ResumeDraftOffer meetingUuid={meetingUuid} onContinue={openExisting} />}
          </>
        )
      )}
      {subject && <TimelineList subject={subject} viewer={viewer} editorOpen={editor.draft !== null} onEdit={openExisting} />}
    </div>
  );
}
