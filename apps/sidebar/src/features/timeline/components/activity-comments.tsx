import type { Activity } from '@c360/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WaitingToSend } from '@/components/ui/waiting-to-send';
import { useAddComment } from '../api/add-comment';
import { formatActivityDate } from '../lib/activity-date';

/** Comments under an activity, folded away until asked for; anyone who may comment can add one. */
export function ActivityComments({ activity, canComment }: { activity: Activity; canComment: boolean }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState('');
  const addComment = useAddComment(activity.id);
  const comments = activity.comments ?? [];

  return (
    <div className="comments">
      <button type="button" className="link-button" aria-expanded={open} aria-controls={`${id}-comments`} onClick={() => setOpen(!open)}>
        {t('timeline.comments.toggle', { count: comments.length })}
      </button>
      <div id={`${id}-comments`} hidden={!open}>
        {comments.length > 0 && (
          <ul className="comments__list">
            {comments.map((comment) => (
              <li key={comment.id} className="comments__item">
                <p className="comments__meta">
                  <strong>{comment.authorName}</strong> <time dateTime={comment.createdAt}>{formatActivityDate(comment.createdAt, i18n.language)}</time>
                </p>
                <p className="comments__body">{comment.body}</p>
              </li>
            ))}
          </ul>
        )}
        {canComment && (
          <form
            className="comments__form"
            onSubmit={(event) => {
              event.preventDefault();
              if (body.trim() === '' || addComment.isPending) return;
              addComment.mutate(body.trim(), { onSuccess: () => setBody('') });
            }}
          >
            <label htmlFor={`${id}-new`} className="field__label">
              {t('timeline.comments.add')}
            </label>
            <textarea
              id={`${id}-new`}
              className="field__input comments__input"
              rows={2}
              maxLength={5000}
              value={body}
              onChange={(event) => setBody(event.target.value)}
            />
            {addComment.isError && (
              <p role="alert" className="field__error">
                {t('timeline.comments.failed')}
              </p>
            )}
            <div className="actions">
              <button type="submit" className="button" aria-disabled={addComment.isPending}>
                {addComment.isPending ? t('timeline.comments.sending') : t('timeline.comments.submit')}
              </button>
            </div>
            <WaitingToSend waiting={addComment.waiting} />
          </form>
        )}
      </div>
    </div>
  );
}
