import { MAX_MEASURE_COMMENT_LENGTH, MAX_SCORE, MIN_SCORE, updateMeasureSchema, type ScorecardMeasure, type UpdateMeasure } from '@c360/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, TextField } from '@/components/ui/field';
import { FormActions } from '@/components/ui/form-actions';
import { toApiError } from '@/lib/api-client';
import { useUpdateMeasure } from '../api/update-measure';
import type { ScorecardSubject } from '../api/get-scorecard';

interface MeasureEditorProps {
  subject: ScorecardSubject;
  measure: ScorecardMeasure;
  /** Full licence: the score as well as the comment. */
  canScore: boolean;
  onDone: () => void;
}

/** Inline form for a manual measure, checked with the same schema the BFF parses with. */
export function MeasureEditor({ subject, measure, canScore, onDone }: MeasureEditorProps) {
  const { t } = useTranslation();
  const [score, setScore] = useState(measure.score === null ? '' : String(measure.score));
  const [comment, setComment] = useState(measure.comment ?? '');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const save = useUpdateMeasure(subject, measure.id);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const input: Partial<UpdateMeasure> = { comment };
    if (canScore && score.trim() !== '') input.score = Number(score);
    const parsed = updateMeasureSchema.safeParse(input);
    if (!parsed.success) {
      const fields = new Set(parsed.error.issues.map((issue) => (issue.path[0] === 'comment' ? 'comment' : 'score')));
      setFieldErrors({
        ...(fields.has('score') ? { score: t('scorecard.edit.invalid.score') } : {}),
        ...(fields.has('comment') ? { comment: t('scorecard.edit.invalid.comment') } : {}),
      });
      return;
    }
    setFieldErrors({});
    save.mutate(parsed.data, {
      onSuccess: onDone,
      onError: (error) => setFieldErrors(toApiError(error).fieldErrors()),
    });
  }

  return (
    <form className="scorecard-editor" onSubmit={onSubmit} noValidate aria-label={t('scorecard.edit.formLabel', { name: measure.name })}>
      {canScore && (
        <TextField
          label={t('scorecard.edit.score', { min: MIN_SCORE, max: MAX_SCORE })}
          type="number"
          inputMode="numeric"
          min={MIN_SCORE}
          max={MAX_SCORE}
          step={1}
          value={score}
          error={fieldErrors.score}
          onChange={(event) => setScore(event.target.value)}
        />
      )}
      <Field label={t('scorecard.edit.comment')} error={fieldErrors.comment}>
        {(control) => (
          <textarea {...control} rows={2} maxLength={MAX_MEASURE_COMMENT_LENGTH} value={comment} onChange={(event) => setComment(event.target.value)} />
        )}
      </Field>
      {save.isError && Object.keys(fieldErrors).length === 0 && (
        <p role="alert" className="field__error">
          {t('scorecard.edit.failed')} {toApiError(save.error).message}
        </p>
      )}
      <FormActions texts="scorecard.edit" write={save} onCancel={onDone} waiting={save.waiting} />
    </form>
  );
}
