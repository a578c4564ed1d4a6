import { ACTIVITY_TYPES, type Activity } from '@c360/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FollowUps } from '@/features/ctas';
import { SelectField, TextField } from '@/components/ui/field';
import { useDraftSync } from '../hooks/use-draft-sync';
import { useQuoteRequest } from '../hooks/use-quote-request';
import { fromDateTimeLocal, toDateTimeLocal } from '../lib/activity-date';
import type { Finish, PendingDiscard } from '../lib/draft-sync';
import { cancelLoses, type LocalDraft } from '../lib/local-draft';
import { quoteNotes } from '../lib/quote-notes';
import type { AttendeeChoices } from '../lib/roster-attendees';
import { ActivityTextFields } from './activity-text-fields';
import { AttendeePicker } from './attendee-picker';
import { EditorActions } from './editor-actions';
import { EditorFrame } from './editor-frame';
import { MergePanel } from './merge-panel';
import { SaveStatus } from './save-status';

export interface ActivityEditorProps {
  initialDraft: LocalDraft;
  storageKey: string;
  /** For an activity of the meeting, its participants (matched and suggested), plus anyone already on it. */
  choices: AttendeeChoices;
  /** In a meeting whose company or relationship is not this activity's: its name, to say why nothing of it is filled in. */
  otherMeetingSubject: string | null;
  /** Cancel on a new activity that may be on the server: the user's discard queue deletes it there. */
  discardOnServer: (discard: PendingDiscard) => void;
  /** With the saved or logged activity, or null when the user cancelled. */
  onClose: (activity: Activity | null) => void;
}

/** Writes one activity; lazily loaded, so the timeline's first screen does not carry it. */
export default function ActivityEditor({ initialDraft, storageKey, choices, otherMeetingSubject, discardOnServer, onClose }: ActivityEditorProps) {
  const { t } = useTranslation();
  const { sync, snapshot } = useDraftSync(initialDraft, storageKey, discardOnServer);
  const { draft, state, finishing, revision } = snapshot;
  const { fields } = draft;
  const subjectInput = useRef<HTMLInputElement>(null);
  const [subjectMissing, setSubjectMissing] = useState(false);
  // A line quoted from the live transcript lands in these notes while the editor is open.
  useQuoteRequest((quotes) => sync.appendNotes(quoteNotes(quotes)), state.kind !== 'done');

  useEffect(() => {
    if (state.kind === 'done') onClose(state.activity);
  }, [state, onClose]);

  const submit = (finish: Finish) => {
    if (fields.subject.trim() === '') {
      setSubjectMissing(true);
      subjectInput.current?.focus();
      return;
    }
    void (finish === 'log' ? sync.log() : sync.saveDraft());
  };

  const cancel = () => {
    sync.discard();
    onClose(null);
  };
  const cancelQuestion = !cancelLoses(draft) ? null : draft.isNew ? t('timeline.editor.discardNewQuestion') : t('timeline.editor.discardQuestion');

  const busy = finishing !== null && state.kind === 'saving';
  const editing = !draft.isNew;
  const logged = draft.server?.status === 'LOGGED';
  const showAttendees = draft.meetingUuid !== null || choices.internal.length > 0 || choices.external.length > 0;
  return (
    <EditorFrame
      title={logged ? t('timeline.loggedEdit.title') : editing ? t('timeline.editor.editTitle') : t('timeline.editor.newTitle')}
      intro={
        <>
          {draft.target.name && <p className="muted">{t('timeline.editor.for', { name: draft.target.name })}</p>}
          {draft.isNew && otherMeetingSubject !== null && (
            <p role="note" className="field__hint">
              {t('timeline.editor.notThisMeeting', { name: otherMeetingSubject })}
            </p>
          )}
          {state.kind === 'conflict' && <MergePanel mine={fields} theirs={state.theirs} onChoose={(choice) => void sync.resolve(choice)} />}
        </>
      }
      onSubmit={() => submit('log')}
    >
      <div className="editor__row">
        <SelectField
          label={t('timeline.editor.type')}
          value={fields.type}
          options={ACTIVITY_TYPES.map((type) => ({ value: type, label: t(`timeline.types.${type}`) }))}
          onChange={(type) => sync.edit({ type })}
        />
        <TextField
          label={t('timeline.editor.duration')}
          type="number"
          inputMode="numeric"
          min={0}
          max={1440}
          value={fields.durationMinutes ?? ''}
          onChange={(event) =>
            sync.edit({ durationMinutes: event.target.value === '' ? null : Math.max(0, Math.min(1440, Math.round(Number(event.target.value)))) })
          }
        />
      </div>
      <ActivityTextFields
        texts="timeline.editor"
        fields={fields}
        revision={revision}
        subjectMissing={subjectMissing}
        subjectRef={subjectInput}
        onEdit={(change) => sync.edit(change)}
      />
      <TextField
        label={t('timeline.editor.date')}
        type="datetime-local"
        value={toDateTimeLocal(fields.activityDate)}
        onChange={(event) => {
          const activityDate = fromDateTimeLocal(event.target.value);
          if (activityDate !== null) sync.edit({ activityDate });
        }}
      />
      {showAttendees && (
        <>
          <AttendeePicker
            legend={t('timeline.editor.internalAttendees')}
            emptyNote={t('timeline.editor.noAttendees')}
            choices={choices.internal}
            chosenIds={fields.internalAttendeeIds}
            onChange={(internalAttendeeIds) => sync.edit({ internalAttendeeIds })}
          />
          <AttendeePicker
            legend={t('timeline.editor.externalAttendees')}
            emptyNote={t('timeline.editor.noAttendees')}
            choices={choices.external}
            suggestions={choices.suggested}
            chosenIds={fields.externalPersonIds}
            onChange={(externalPersonIds) => sync.edit({ externalPersonIds })}
          />
        </>
      )}
      <FollowUps
        activityId={draft.server?.id}
        companyId={draft.target.kind === 'company' ? draft.target.id : null}
        relationshipId={draft.target.kind === 'relationship' ? draft.target.id : null}
        subject={fields.subject}
      />
      <SaveStatus snapshot={snapshot} />
      <EditorActions busy={busy} cancelQuestion={cancelQuestion} logged={logged} onSaveDraft={() => submit('draft')} onCancel={cancel} />
    </EditorFrame>
  );
}
