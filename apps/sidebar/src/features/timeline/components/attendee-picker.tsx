import type { ActivityAttendee } from '@c360/contracts';
import { useId } from 'react';

interface AttendeePickerProps {
  legend: string;
  emptyNote: string;
  choices: ActivityAttendee[];
  chosenIds: string[];
  onChange: (ids: string[]) => void;
}

/** A checkable list of people: the meeting's matched participants, pre-checked. */
export function AttendeePicker({ legend, emptyNote, choices, chosenIds, onChange }: AttendeePickerProps) {
  const noteId = useId();
  const toggle = (id: string, checked: boolean) => onChange(checked ? [...chosenIds, id] : chosenIds.filter((chosen) => chosen !== id));
  return (
    <fieldset className="attendees" aria-describedby={choices.length === 0 ? noteId : undefined}>
      <legend className="field__label">{legend}</legend>
      {choices.length === 0 ? (
        <p id={noteId} className="field__hint">
          {emptyNote}
        </p>
      ) : (
        <ul className="attendees__list">
          {choices.map((attendee) => (
            <li key={attendee.id}>
              <label className="attendees__choice">
                <input type="checkbox" checked={chosenIds.includes(attendee.id)} onChange={(event) => toggle(attendee.id, event.target.checked)} />
                {attendee.name}
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
