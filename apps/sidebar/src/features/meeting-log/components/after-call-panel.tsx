import {
  activitySchema,
  type Activity,
  type MeetingLogActivity,
  type MeetingLogView,
  type MeetingSubject,
  type PostMeetingLog,
  type SearchItem,
} from '@c360/contracts';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError, type ApiError } from '@/lib/api-client';
import { FollowUps, ProposedFollowUps } from '@/features/ctas';
import { SubjectField, subjectOf } from '@/features/subject';
import { ActivityTextFields, EditorFrame, MergePanel, fieldsOf } from '@/features/timeline';
import { useAnswerMeetingLog } from '../api/meeting-log';
import { useAfterCallDraft } from '../hooks/use-after-call-draft';
import { holdsPanel } from '../lib/after-call-draft';
import { AfterCallActions } from './after-call-actions';
import { AfterCallSummary } from './after-call-summary';
import { ConversationSummary } from './conversation-summary';
import './meeting-log.css';
import '@/components/ui/waiting-to-send.css';

interface AfterCallPanelProps {
  log: MeetingLogView;
  /**
   * Where to log a meeting that has no company yet: in the meeting's own sidebar, the header's choice;
   * elsewhere (undefined) the panel asks with a field of its own.
   */
  chosen?: MeetingSubject | null;
  /** After the host's Save or Discard: the log is complete. */
  onAnswered?: () => void;
  /** What else the place offers beside Save and Discard (Later, Back to the list). */
  children?: ReactNode;
}

/** The activity a 409 carries: the meeting's activity changed since the panel showed it. */
const currentOf = (error: ApiError): Activity | undefined => activitySchema.safeParse(error.problem.current).data;

/**
 * The after-call panel (seed 001: 通話直後のメモ), in the meeting's sidebar and on the Meeting logs screen:
 * the meeting's summary and its activity's subject and notes (the activity logged in the call, or the
 * host's draft), then Save, Save and close all, or Discard. The text is kept on this device until then;
 * a Save that finds the activity changed shows both versions instead of overwriting either.
 */
export default function AfterCallPanel({ log, chosen: headerChoice, onAnswered, children }: AfterCallPanelProps) {
  const { t } = useTranslation();
  const answer = useAnswerMeetingLog(log.meetingUuid);
  const kept = useAfterCallDraft(log);
  const { fields, base } = kept.draft;
  const [subjectMissing, setSubjectMissing] = useState(false);
  const [ownChoice, setOwnChoice] = useState<SearchItem | null>(null);
  const asksHere = headerChoice === undefined;
  const chosen = asksHere ? ownChoice && subjectOf(ownChoice) : headerChoice;

  const { meeting } = log;
  const needsCompany = meeting.companyId === null && (log.activity?.companyId ?? null) === null;
  const pickedSubject = needsCompany && chosen ? (chosen.kind === 'relationship' ? { relationshipId: chosen.id } : { companyId: chosen.id }) : {};
  const companyName = meeting.subjectName ?? (needsCompany ? chosen?.name : undefined);
  const failure = answer.error ? toApiError(answer.error) : undefined;
  const waitingForCompany = needsCompany && !chosen;
  const blocked = answer.isPending || kept.theirs !== null;

  const activityBody = (): MeetingLogActivity => ({
    type: fields.type,
    subject: fields.subject.trim(),
    notes: fields.notes,
    ...(base === null ? {} : { version: base.version }),
    ...pickedSubject,
  });

  const send = (body: PostMeetingLog) =>
    answer.mutateAsync(body).catch((error: unknown) => {
      const current = currentOf(toApiError(error));
      if (current) kept.meet(current);
      throw error;
    });

  const submit = (action: PostMeetingLog['action']) => {
    if (blocked || (action !== 'discard' && waitingForCompany)) return;
    if (action !== 'discard' && fields.subject.trim() === '') {
      setSubjectMissing(true);
      return;
    }
    void send(action === 'discard' ? { action } : { action, activity: activityBody() }).then(
      () => {
        kept.forget();
        onAnswered?.();
      },
      // Shown by the alert below (or as the conflict to resolve).
      () => undefined,
    );
  };

  // Follow-ups need the activity: a meeting without one gets it now, as a draft holding the panel's text.
  const prepareActivity = async (): Promise<string> => {
    try {
      const view = await send({ action: 'draft', activity: activityBody() });
      if (!view.activity) throw new Error('The meeting log has no activity.');
      kept.meet(view.activity);
      return view.activity.id;
    } catch (error) {
      // A retry whose first answer was lost: the activity already holds this text.
      const current = currentOf(toApiError(error));
      if (current && holdsPanel(current, fields)) return current.id;
      throw error;
    }
  };

  const followUpCompanyId = meeting.companyId ?? (chosen?.kind === 'company' ? chosen.id : (chosen?.companyId ?? null));
  const followUpRelationshipId = meeting.relationshipId ?? (chosen?.kind === 'relationship' ? chosen.id : null);
  // Writing the activity needs its subject (and a company), as for "Add follow-up".
  const canPrepare = !waitingForCompany && fields.subject.trim() !== '';

  return (
    <EditorFrame
      title={t('meetingLog.panel.title')}
      className="after-call"
      intro={
        <>
          <AfterCallSummary log={log} companyName={companyName} />
          {log.summary && <ConversationSummary meetingUuid={log.meetingUuid} summary={log.summary} />}
          {waitingForCompany && (
            <p role="note" className="after-call__ask">
              {t(asksHere ? 'meetingLog.panel.chooseCompanyHere' : 'meetingLog.panel.chooseCompany')}
            </p>
          )}
          {needsCompany && asksHere && (
            <SubjectField
              label={t('meetingLog.panel.company')}
              placeholder={t('picker.placeholder')}
              clearLabel={t('meetingLog.panel.clearCompany')}
              value={ownChoice}
              onChange={setOwnChoice}
            />
          )}
          {kept.theirs && <MergePanel mine={{ ...fieldsOf(kept.theirs), ...fields }} theirs={kept.theirs} onChoose={kept.resolve} />}
        </>
      }
      onSubmit={() => submit('save')}
      footer={
        <>
          {log.actionItems.length > 0 && (
            <ProposedFollowUps
              proposals={log.actionItems}
              activityId={base?.id}
              prepareActivity={canPrepare ? prepareActivity : undefined}
              companyId={followUpCompanyId}
              relationshipId={followUpRelationshipId}
            />
          )}
          <FollowUps
            activityId={base?.id}
            prepareActivity={waitingForCompany ? undefined : prepareActivity}
            companyId={followUpCompanyId}
            relationshipId={followUpRelationshipId}
            subject={fields.subject}
          />
        </>
      }
    >
      <ActivityTextFields texts="meetingLog.panel" fields={fields} revision={kept.revision} subjectMissing={subjectMissing} onEdit={kept.edit} />
      <AfterCallActions
        canSave={!blocked && !waitingForCompany}
        canDiscard={!blocked}
        saveAllCount={log.otherPending.length > 0 ? log.otherPending.length + 1 : 0}
        keepsLoggedActivity={log.activity?.status === 'LOGGED'}
        onAnswer={submit}
      >
        {children}
      </AfterCallActions>
      <p role="status" className={answer.waiting ? 'waiting-to-send' : 'muted'}>
        {answer.waiting ? t('app.waitingToSend') : answer.isPending ? t('meetingLog.panel.saving') : t('meetingLog.panel.keptHere')}
      </p>
      {failure && !kept.theirs && (
        <div role="alert" className="alert">
          <p>{t('meetingLog.panel.failed', { detail: failure.problem.detail ?? failure.problem.title })}</p>
        </div>
      )}
    </EditorFrame>
  );
}
