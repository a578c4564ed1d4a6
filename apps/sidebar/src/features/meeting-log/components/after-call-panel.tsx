import type { MeetingLogView, PostMeetingLog } from '@c360/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineConfirm } from '../../../components/ui/inline-confirm';
import { toApiError } from '../../../lib/api-client';
import { FollowUps } from '../../ctas/components/follow-ups';
import { useCurrentSubject } from '../../subject/subject-context';
import { RichTextEditor } from '../../timeline/components/rich-text-editor';
import { useAnswerMeetingLog } from '../api/meeting-log';
import '../../timeline/components/activity-editor.css';
import './meeting-log.css';

interface AfterCallPanelProps {
  log: MeetingLogView;
  /** After the host's own Save: the log is complete, nothing more opens. */
  onSaved: () => void;
}

/**
 * Manual mode's after-call panel (seed 001: 通話直後のメモ): the meeting's summary, its subject and notes
 * (pre-filled from the host's draft), then Save, Save and close all, or Discard. Without a company on
 * the meeting, the one chosen in the header's picker is used, and Save waits for one.
 */
export default function AfterCallPanel({ log, onSaved }: AfterCallPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { subject: chosen } = useCurrentSubject();
  const answer = useAnswerMeetingLog(log.meetingUuid);
  const [subject, setSubject] = useState(log.activity?.subject ?? log.meeting.topic ?? '');
  const [notes, setNotes] = useState(log.activity?.notes ?? '');
  const [subjectMissing, setSubjectMissing] = useState(false);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);

  const { meeting } = log;
  const needsCompany = meeting.companyId === null && (log.activity?.companyId ?? null) === null;
  const pickedSubject = needsCompany && chosen ? (chosen.kind === 'relationship' ? { relationshipId: chosen.id } : { companyId: chosen.id }) : {};
  const companyName = meeting.subjectName ?? (needsCompany ? chosen?.name : undefined);
  const failure = answer.error ? toApiError(answer.error) : undefined;
  const waitingForCompany = needsCompany && !chosen;

  // The meeting just ended: this is what the host does next.
  useEffect(() => heading.current?.focus(), []);

  const send = (action: PostMeetingLog['action']) => {
    if (answer.isPending || (action !== 'discard' && waitingForCompany)) return;
    if (action !== 'discard' && subject.trim() === '') {
      setSubjectMissing(true);
      return;
    }
    const body: PostMeetingLog = action === 'discard' ? { action } : { action, activity: { subject: subject.trim(), notes, ...pickedSubject } };
    answer.mutate(body, { onSuccess: () => action !== 'discard' && onSaved() });
  };

  return (
    <section className="after-call editor" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1} className="editor__title">
        {t('meetingLog.panel.title')}
      </h3>
      <dl className="after-call__summary">
        <dt>{t('meetingLog.panel.topic')}</dt>
        <dd>{meeting.topic ?? t('meetingLog.panel.noTopic')}</dd>
        {meeting.durationMinutes !== null && (
          <>
            <dt>{t('meetingLog.panel.duration')}</dt>
            <dd>{t('meetingLog.panel.minutes', { count: meeting.durationMinutes })}</dd>
          </>
        )}
        <dt>{t('meetingLog.panel.company')}</dt>
        <dd>{companyName ?? t('meetingLog.panel.noCompany')}</dd>
      </dl>
      {waitingForCompany && (
        <p role="note" className="after-call__ask">
          {t('meetingLog.panel.chooseCompany')}
        </p>
      )}
      <form
        className="editor__form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          send('save');
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={`${id}-subject`}>
            {t('meetingLog.panel.subject')}
          </label>
          <input
            id={`${id}-subject`}
            className="field__input"
            maxLength={255}
            required
            aria-invalid={subjectMissing && subject.trim() === ''}
            aria-describedby={subjectMissing ? `${id}-subject-error` : undefined}
            value={subject}
            onChange={(event) => setSubject(event.target.value)}
          />
          {subjectMissing && subject.trim() === '' && (
            <p id={`${id}-subject-error`} className="field__error">
              {t('meetingLog.panel.subjectRequired')}
            </p>
          )}
        </div>
        <div className="field">
          <span id={`${id}-notes`} className="field__label">
            {t('meetingLog.panel.notes')}
          </span>
          <RichTextEditor labelId={`${id}-notes`} html={notes} revision={0} onChange={setNotes} />
        </div>
        {confirmingDiscard ? (
          <InlineConfirm
            question={t('meetingLog.panel.discardQuestion')}
            confirmLabel={t('meetingLog.panel.discardConfirm')}
            cancelLabel={t('meetingLog.panel.discardCancel')}
            onConfirm={() => {
              setConfirmingDiscard(false);
              send('discard');
            }}
            onCancel={() => setConfirmingDiscard(false)}
          />
        ) : (
          <div className="actions">
            <button type="submit" className="button button--primary" aria-disabled={answer.isPending || waitingForCompany || undefined}>
              {t('meetingLog.panel.save')}
            </button>
            {log.otherPending.length > 0 && (
              <button type="button" className="button" aria-disabled={answer.isPending || waitingForCompany || undefined} onClick={() => send('save-close-all')}>
                {t('meetingLog.panel.saveAll', { count: log.otherPending.length + 1 })}
              </button>
            )}
            <button type="button" className="button" aria-disabled={answer.isPending || undefined} onClick={() => setConfirmingDiscard(true)}>
              {t('meetingLog.panel.discard')}
            </button>
          </div>
        )}
        <p role="status" className="muted">
          {answer.isPending ? t('meetingLog.panel.saving') : ''}
        </p>
        {failure && (
          <div role="alert" className="alert">
            <p>{t('meetingLog.panel.failed', { detail: failure.problem.detail ?? failure.problem.title })}</p>
          </div>
        )}
      </form>
      <FollowUps
        activityId={log.activity?.id}
        companyId={meeting.companyId ?? (chosen?.kind === 'company' ? chosen.id : (chosen?.companyId ?? null))}
        relationshipId={meeting.relationshipId ?? (chosen?.kind === 'relationship' ? chosen.id : null)}
        subject={subject}
      />
    </section>
  );
}
