import type { MeetingLogStateView } from '@c360/contracts';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentSubject } from '../../subject/subject-context';
import { requestOpenActivity } from '../../timeline/hooks/use-open-activity-request';
import { useMeetingLog } from '../hooks/use-meeting-log';
import { activityForFinalNotes } from '../lib/final-notes';

// Only shown once a meeting has ended: its editor and follow-ups load then.
const AfterCallPanel = lazy(() => import('./after-call-panel'));

/**
 * What the end of the meeting asks of this sidebar's user. Manual mode (or no company yet): the host gets
 * the after-call panel. Auto mode: the activity logged for the host opens in the Timeline's editor for
 * final notes, once, as the log becomes LOGGED while this sidebar watches (not on a later reload).
 */
export function MeetingLogSection() {
  const { t } = useTranslation();
  const { meetingUuid } = useCurrentSubject();
  const log = useMeetingLog(meetingUuid).data;
  const previousState = useRef<MeetingLogStateView | undefined>(undefined);
  const savedHere = useRef(false);
  const [openedForNotes, setOpenedForNotes] = useState(false);

  useEffect(() => {
    if (!log) return;
    const activity = activityForFinalNotes(previousState.current, log, savedHere.current);
    previousState.current = log.state;
    if (activity) {
      requestOpenActivity(activity);
      setOpenedForNotes(true);
    }
  }, [log]);

  if (log?.isMine && log.state === 'PENDING') {
    return (
      <Suspense fallback={<p className="muted">{t('meetingLog.panel.loading')}</p>}>
        <AfterCallPanel
          key={log.meetingUuid}
          log={log}
          onSaved={() => {
            savedHere.current = true;
          }}
        />
      </Suspense>
    );
  }
  return openedForNotes ? (
    <p role="status" className="sidebar__note">
      {t('meetingLog.autoLogged')}
    </p>
  ) : null;
}
