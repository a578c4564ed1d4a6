import type { AddPersonResult, MeetingParticipantView, MeetingSubject } from '@c360/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddPersonForm } from './add-person-form';

interface UnknownAttendeeProps {
  participant: MeetingParticipantView;
  meetingUuid: string;
  subject: MeetingSubject;
  /** The id of the text saying why adding is not allowed, or null when it is. */
  refusalId: string | null;
  onAdded: (person: AddPersonResult) => void;
}

/** An attendee Gainsight does not know yet, with "Add as person" (or why not). */
export function UnknownAttendee({ participant, meetingUuid, subject, refusalId, onAdded }: UnknownAttendeeProps) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const cancel = () => {
    setAdding(false);
    // Back to where the user started, once the button is rendered again.
    requestAnimationFrame(() => addButton.current?.focus());
  };
  return (
    <li className="panel people__item">
      <div className="person">
        <span className="person__name">{participant.displayName}</span>
        {participant.email && <span className="person__details muted">{participant.email}</span>}
      </div>
      {adding ? (
        <AddPersonForm participant={participant} meetingUuid={meetingUuid} subject={subject} onAdded={onAdded} onCancel={cancel} />
      ) : (
        <button
          ref={addButton}
          type="button"
          className="button"
          disabled={refusalId !== null}
          aria-describedby={refusalId ?? undefined}
          aria-label={t('people.addAsPersonNamed', { name: participant.displayName })}
          onClick={() => setAdding(true)}
        >
          {t('people.addAsPerson')}
        </button>
      )}
    </li>
  );
}
