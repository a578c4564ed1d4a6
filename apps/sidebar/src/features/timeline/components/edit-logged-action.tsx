import type { Activity } from '@c360/contracts';
import { useTranslation } from 'react-i18next';

/** Edit on one's own logged activity: only the author may change it (the server refuses anyone else). */
export function EditLoggedAction({ activity, onEdit }: { activity: Activity; onEdit: (activity: Activity) => void }) {
  const { t } = useTranslation();
  return (
    <div className="activity__actions actions">
      <button type="button" className="button" aria-label={t('timeline.loggedEdit.editLabel', { subject: activity.subject })} onClick={() => onEdit(activity)}>
        {t('timeline.loggedEdit.edit')}
      </button>
    </div>
  );
}
