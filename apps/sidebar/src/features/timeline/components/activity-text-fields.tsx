import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { RichTextField } from '@/components/rich-text/rich-text-field';
import { TextField } from '@/components/ui/field';
import type { DraftFields } from '../lib/local-draft';

interface ActivityTextFieldsProps {
  /** Whose words: the activity editor's or the after-call panel's (each has subject, notes, subjectRequired). */
  texts: 'timeline.editor' | 'meetingLog.panel';
  fields: Pick<DraftFields, 'subject' | 'notes'>;
  /** Changes when the notes were replaced from outside (a merge). */
  revision: number;
  /** A save was refused for want of a subject: say so while it is still empty. */
  subjectMissing: boolean;
  subjectRef?: Ref<HTMLInputElement>;
  onEdit: (change: Partial<Pick<DraftFields, 'subject' | 'notes'>>) => void;
}

/** An activity's subject (required) and its notes as rich text: the activity editor and the after-call panel. */
export function ActivityTextFields({ texts, fields, revision, subjectMissing, subjectRef, onEdit }: ActivityTextFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t(`${texts}.subject`)}
        inputRef={subjectRef}
        maxLength={255}
        required
        value={fields.subject}
        error={subjectMissing && fields.subject.trim() === '' ? t(`${texts}.subjectRequired`) : undefined}
        onChange={(event) => onEdit({ subject: event.target.value })}
      />
      <RichTextField label={t(`${texts}.notes`)} html={fields.notes} revision={revision} onChange={(notes) => onEdit({ notes })} />
    </>
  );
}
