import { ACTIVITY_TYPES, type Activity, type ActivityType } from '@c360/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FollowUps } from '../../ctas/components/follow-ups';
import { useDraftSync } from '../hooks/use-draft-sync';
import { fromDateTimeLocal, toDateTimeLocal } from '../lib/activity-date';
import type { Finish, PendingDiscard } from '../lib/draft-sync';
import { cancelLoses, type LocalDraft } from '../lib/local-draft';
import type { AttendeeChoices } from '../lib/roster-attendees';
import { AttendeePicker } from './attendee-picker';
import { EditorActions } from './editor-actions';
import { MergePanel } from './merge-panel';
import { RichTextEditor } from './rich-text-editor';
import { SaveStatus } from './save-status';
import './activity-editor.css';

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
  const id = useId();
  const { sync, snapshot } = useDraftSync(initialDraft, storageKey, discardOnServer);
  const { draft, state, finishing, revision } = snapshot;
  const { fields } = draft;
  const heading = useRef<HTMLHeadingElement>(null);
  const subjectInput = useRef<HTMLInputElement>(null);
  const [subjectMissing, setSubjectMissing] = useState(false);

  useEffect(() => heading.current?.focus(), []);
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
  const showAttendees = draft.meetingUuid !== null || choices.internal.length > 0 || choices.external.length > 0;
  return (
    <section className="editor" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1} className="editor__title">
        {editing ? t('timeline.editor.editTitle') : t('timeline.editor.newTitle')}
      </h3>
      {draft.target.name && <p className="muted">{t('timeline.editor.for', { name: draft.target.name })}</p>}
      {draft.isNew && otherMeetingSubject !== null && (
        <p role="note" className="field__hint">
          {t('timeline.editor.notThisMeeting', { name: otherMeetingSubject })}
        </p>
      )}
      {state.kind === 'conflict' && <MergePanel mine={fields} theirs={state.theirs} onChoose={(choice) => void sync.resolve(choice)} />}
      <form
        className="editor__form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit('log');
        }}
      >
        <div className="editor__row">
          <div className="field">
            <label className="field__label" htmlFor={`${id}-type`}>
              {t('timeline.editor.type')}
            </label>
            <select id={`${id}-type`} className="field__input" value={fields.type} onChange={(event) => sync.edit({ type: event.target.value as ActivityType })}>
              {ACTIVITY_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`timeline.types.${type}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-duration`}>
              {t('timeline.editor.duration')}
            </label>
            <input
              id={`${id}-duration`}
              className="field__input"
              type="number"
              inputMode="numeric"
              min={0}
              max={1440}
              value={fields.durationMinutes ?? ''}
              onChange={(event) => sync.edit({ durationMinutes: event.target.value === '' ? null : Math.max(0, Math.min(1440, Math.round(Number(event.target.value)))) })}
            />
          </div>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-subject`}>
            {t('timeline.editor.subject')}
          </label>
          <input
            id={`${id}-subject`}
            ref={subjectInput}
            className="field__input"
            maxLength={255}
            required
            aria-invalid={subjectMissing && fields.subject.trim() === ''}
            aria-describedby={subjectMissing ? `${id}-subject-error` : undefined}
            value={fields.subject}
            onChange={(event) => sync.edit({ subject: event.target.value })}
          />
          {subjectMissing && fields.subject.trim() === '' && (
            <p id={`${id}-subject-error`} className="field__error">
              {t('timeline.editor.subjectRequired')}
            </p>
          )}
        </div>
        <div className="field">
          <span id={`${id}-notes`} className="field__label">
            {t('timeline.editor.notes')}
          </span>
          <RichTextEditor labelId={`${id}-notes`} html={fields.notes} revision={revision} onChange={(notes) => sync.edit({ notes })} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-date`}>
            {t('timeline.editor.date')}
          </label>
          <input
            id={`${id}-date`}
            className="field__input"
            type="datetime-local"
            value={toDateTimeLocal(fields.activityDate)}
            onChange={(event) => {
              const activityDate = fromDateTimeLocal(event.target.value);
              if (activityDate !== null) sync.edit({ activityDate });
            }}
          />
        </div>
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
        <EditorActions busy={busy} cancelQuestion={cancelQuestion} onSaveDraft={() => submit('draft')} onCancel={cancel} />
      </form>
    </section>
  );
}
