import type { Activity } from '@c360/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineConfirm } from '@/components/ui/inline-confirm';
import { useDeleteActivity } from '../api/delete-activity';
import { useLogDraft } from '../api/log-draft';

/** Edit, Log and Delete on one's own draft (only the author may change an activity, as in Gainsight). */
export function DraftActions({ draft, onEdit }: { draft: Activity; onEdit: (draft: Activity) => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const logDraft = useLogDraft();
  const deleteDraft = useDeleteActivity();
  const failed = logDraft.isError ? t('timeline.actions.logFailed') : deleteDraft.isError ? t('timeline.actions.deleteFailed') : null;

  return (
    <div className="activity__actions">
      {confirming ? (
        <InlineConfirm
          question={t('timeline.actions.deleteQuestion')}
          confirmLabel={t('timeline.actions.delete')}
          cancelLabel={t('timeline.actions.keep')}
          onConfirm={() => {
            setConfirming(false);
            deleteDraft.mutate(draft.id);
          }}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <div className="actions">
          <button type="button" className="button" onClick={() => onEdit(draft)}>
            {t('timeline.actions.edit')}
          </button>
          <button type="button" className="button" aria-disabled={logDraft.isPending} onClick={() => !logDraft.isPending && logDraft.mutate(draft)}>
            {t('timeline.actions.log')}
          </button>
          <button type="button" className="button" aria-disabled={deleteDraft.isPending} onClick={() => setConfirming(true)}>
            {t('timeline.actions.delete')}
          </button>
        </div>
      )}
      {failed && (
        <p role="alert" className="field__error">
          {failed}
        </p>
      )}
    </div>
  );
}
