import type { ActivityAttendee } from '@c360/contracts';
import { useId, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';

interface AttendeePickerProps {
  legend: string;
  emptyNote: string;
  choices: ActivityAttendee[];
  /** Matched by display name only: offered with one click, never ticked for the user. */
  suggestions?: ActivityAttendee[];
  chosenIds: string[];
  onChange: (ids: string[]) => void;
}

/** A checkable list of people (the meeting's matched participants, pre-checked), and "Olivia Park? Add" offers. */
export function AttendeePicker({ legend, emptyNote, choices, suggestions = [], chosenIds, onChange }: AttendeePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  // An added suggestion keeps its row when unticked again, so nothing jumps under the pointer.
  const [addedIds, setAddedIds] = useState<string[]>([]);
  const listedIds = new Set(choices.map((attendee) => attendee.id));
  const listed = [...choices, ...suggestions.filter((s) => !listedIds.has(s.id) && (chosenIds.includes(s.id) || addedIds.includes(s.id)))];
  const offered = suggestions.filter((s) => !listed.includes(s));

  const toggle = (attendeeId: string, checked: boolean) => onChange(checked ? [...chosenIds, attendeeId] : chosenIds.filter((chosen) => chosen !== attendeeId));
  const add = (attendeeId: string) => {
    // The Add button is gone once clicked: focus moves to the person's new checkbox.
    flushSync(() => setAddedIds([...addedIds, attendeeId]));
    document.getElementById(`${id}-${attendeeId}`)?.focus();
    if (!chosenIds.includes(attendeeId)) onChange([...chosenIds, attendeeId]);
  };

  return (
    <fieldset className="attendees" aria-describedby={listed.length === 0 ? `${id}-note` : undefined}>
      <legend className="field__label">{legend}</legend>
      {listed.length === 0 ? (
        <p id={`${id}-note`} className="field__hint">
          {emptyNote}
        </p>
      ) : (
        <ul className="attendees__list">
          {listed.map((attendee) => (
            <li key={attendee.id}>
              <label className="attendees__choice">
                <input
                  id={`${id}-${attendee.id}`}
                  type="checkbox"
                  checked={chosenIds.includes(attendee.id)}
                  onChange={(event) => toggle(attendee.id, event.target.checked)}
                />
                {attendee.name}
              </label>
            </li>
          ))}
        </ul>
      )}
      {offered.length > 0 && (
        <div className="attendees__suggestions">
          <p id={`${id}-suggested`} className="field__hint">
            {t('timeline.editor.suggestedAttendees')}
          </p>
          <ul className="attendees__list" aria-labelledby={`${id}-suggested`}>
            {offered.map((attendee) => (
              <li key={attendee.id} className="attendees__suggestion">
                <span>{t('timeline.editor.suggestion', { name: attendee.name })}</span>
                <button
                  type="button"
                  className="button attendees__add"
                  aria-label={t('timeline.editor.addSuggestionLabel', { name: attendee.name })}
                  onClick={() => add(attendee.id)}
                >
                  {t('timeline.editor.addSuggestion')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </fieldset>
  );
}
