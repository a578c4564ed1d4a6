import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withCompleteCatalog } from '@/lib/i18n';

// Loaded only when someone opens the disclosure, so the Timeline's first screen does not grow.
const RecordingsPanel = lazy(() => withCompleteCatalog(import('./recordings-panel')).then((module) => ({ default: module.RecordingsPanel })));

/** "Transcript and chat" under a meeting's Timeline entry: what Zoom recorded, folded away until asked for. */
export function MeetingRecordings({ activityId }: { activityId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className="recordings">
      <button type="button" className="link-button" aria-expanded={open} aria-controls={`${id}-recordings`} onClick={() => setOpen(!open)}>
        {t('recordings.toggle')}
      </button>
      <div id={`${id}-recordings`} hidden={!open}>
        {open && (
          <Suspense fallback={<p className="recordings__status">{t('recordings.loading')}</p>}>
            <RecordingsPanel activityId={activityId} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
