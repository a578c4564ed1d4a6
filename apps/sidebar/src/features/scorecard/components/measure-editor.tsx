import { MAX_MEASURE_COMMENT_LENGTH, MAX_SCORE, MIN_SCORE, updateMeasureSchema, type ScorecardMeasure, type UpdateMeasure } from '@c360/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WaitingToSend } from '../../../components/ui/waiting-to-send';
import { toApiError } from '../../../lib/api-client';
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
  const id = useId();
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

  const scoreError = fieldErrors.score;
  const commentError = fieldErrors.comment;
  return (
    <form className="scorecard-editor" onSubmit={onSubmit} noValidate aria-label={t('scorecard.edit.formLabel', { name: measure.name })}>
      {canScore && (
        <div className="field">
          <label htmlFor={`${id}-score`} className="field__label">
            {t('scorecard.edit.score', { min: MIN_SCORE, max: MAX_SCORE })}
          </label>
          <input
            id={`${id}-score`}
            className="field__input"
            type="number"
            inputMode="numeric"
            min={MIN_SCORE}
            max={MAX_SCORE}
            step={1}
            value={score}
            aria-invalid={scoreError ? true : undefined}
            aria-describedby={scoreError ? `${id}-score-error` : undefined}
            onChange={(event) => setScore(event.target.value)}
          />
          {scoreError && (
            <p id={`${id}-score-error`} className="field__error">
              {scoreError}
            </p>
          )}
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-comment`} className="field__label">
          {t('scorecard.edit.comment')}
        </label>
        <textarea
          id={`${id}-comment`}
          className="field__input"
          rows={2}
          maxLength={MAX_MEASURE_COMMENT_LENGTH}
          value={comment}
          aria-invalid={commentError ? true : undefined}
          aria-describedby={commentError ? `${id}-comment-error` : undefined}
          onChange={(event) => setComment(event.target.value)}
        />
        {commentError && (
          <p id={`${id}-comment-error`} className="field__error">
            {commentError}
          </p>
        )}
      </div>
      {save.isError && Object.keys(fieldErrors).length === 0 && (
        <p role="alert" className="field__error">
          {t('scorecard.edit.failed')} {toApiError(save.error).message}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button--primary" aria-disabled={save.isPending}>
          {save.isPending ? t('scorecard.edit.saving') : t('scorecard.edit.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('scorecard.edit.cancel')}
        </button>
      </div>
      <WaitingToSend waiting={save.waiting} />
    </form>
  );
}
