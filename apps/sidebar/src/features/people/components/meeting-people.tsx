import { fullNameOf, type AddPersonResult, type MeetingSubject } from '@c360/contracts';
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '@/hooks/use-session';
import { useMeeting, ConfirmSuggestion } from '@/features/meeting';
import { useSubjectMembers } from '../api/get-people';
import { meetingAttendees } from '../lib/meeting-attendees';
import { PersonLine } from './person-line';
import { UnknownAttendee } from './unknown-attendee';

interface MeetingPeopleProps {
  meetingUuid: string;
  subject: MeetingSubject;
}

/**
 * The meeting's attendees: those who are people of the subject, those Gainsight suggests a person for (to
 * confirm, exactly as in the participant list), and those not in Gainsight yet.
 */
export function MeetingPeople({ meetingUuid, subject }: MeetingPeopleProps) {
  const { t } = useTranslation();
  const id = useId();
  const meeting = useMeeting(meetingUuid);
  const editPeople = useSession().data?.gainsight?.permissions.editPeople;
  const attendees = useMemo(() => meetingAttendees(meeting.data), [meeting.data]);
  const members = useSubjectMembers(subject, attendees.personIds);
  const inMeetingHeading = useRef<HTMLHeadingElement>(null);
  const [announcement, setAnnouncement] = useState('');

  const displayNameOf = new Map(
    (meeting.data?.participants ?? []).flatMap(({ displayName, match }) => (match.kind === 'person' ? [[match.personId, displayName] as const] : [])),
  );
  const refusalId = editPeople?.allowed ? null : `${id}-refusal`;

  const onAdded = (person: AddPersonResult) => {
    setAnnouncement(t('people.added', { name: fullNameOf(person), subject: subject.name }));
    // The form is gone with its attendee: the person now shows under "In this meeting".
    inMeetingHeading.current?.focus();
  };
  const onConfirmed = (name: string) => {
    setAnnouncement(t('people.confirmed', { name }));
    inMeetingHeading.current?.focus();
  };

  return (
    <>
      <section className="people__section" aria-labelledby={`${id}-in`}>
        <h2 id={`${id}-in`} ref={inMeetingHeading} tabIndex={-1} className="section-title">
          {t('people.inMeeting')}
        </h2>
        {members.isPending && attendees.personIds.length > 0 && <p className="muted">{t('people.loading')}</p>}
        {members.isError && (
          <p role="alert" className="field__error">
            {t('people.failed')}
          </p>
        )}
        {members.data?.length === 0 && <p className="muted">{t('people.inMeetingNone', { name: subject.name })}</p>}
        {members.data && members.data.length > 0 && (
          <ul className="stack-list" aria-labelledby={`${id}-in`}>
            {members.data.map((person) => (
              <li key={person.id} className="panel people__item">
                <PersonLine person={person} displayName={displayNameOf.get(person.id)} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {attendees.toConfirm.length > 0 && (
        <section className="people__section" aria-labelledby={`${id}-confirm`}>
          <h2 id={`${id}-confirm`} className="section-title">
            {t('people.toConfirm')}
          </h2>
          <ul className="stack-list" aria-labelledby={`${id}-confirm`}>
            {attendees.toConfirm.map(({ participant, suggestion }) => (
              <li key={participant.participantUuid} className="panel people__item">
                <div className="person">
                  <span className="person__name">{participant.displayName}</span>
                  {participant.email && <span className="person__details muted">{participant.email}</span>}
                </div>
                <ConfirmSuggestion
                  meetingUuid={meetingUuid}
                  participantUuid={participant.participantUuid}
                  displayName={participant.displayName}
                  suggestion={suggestion}
                  onConfirmed={() => onConfirmed(suggestion.name)}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="people__section" aria-labelledby={`${id}-new`}>
        <h2 id={`${id}-new`} className="section-title">
          {t('people.notInGainsight')}
        </h2>
        {refusalId && attendees.notInGainsight.length > 0 && (
          <p id={refusalId} role="note" className="muted">
            {editPeople?.reason ?? t('people.notAllowed')}
          </p>
        )}
        {attendees.notInGainsight.length === 0 ? (
          <p className="muted">{t('people.notInGainsightNone')}</p>
        ) : (
          <ul className="stack-list" aria-labelledby={`${id}-new`}>
            {attendees.notInGainsight.map((participant) => (
              <UnknownAttendee
                key={participant.participantUuid}
                participant={participant}
                meetingUuid={meetingUuid}
                subject={subject}
                refusalId={refusalId}
                onAdded={onAdded}
              />
            ))}
          </ul>
        )}
      </section>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
