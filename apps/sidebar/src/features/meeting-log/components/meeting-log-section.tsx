import type { MeetingLogStateView } from '@c360/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentSubject } from '@/features/subject';
import { requestOpenActivity } from '@/features/timeline';
import { useMeetingLog } from '../hooks/use-meeting-log';
import { activityForFinalNotes } from '../lib/final-notes';

/**
 * What the end of the meeting asks of this sidebar, above the tabs: it follows the meeting's log (the end
 * signal, the log's changes). Auto mode: the activity logged for the host opens in the Timeline's editor
 * for final notes, once, as the log becomes LOGGED while this sidebar watches (not on a later reload).
 * Manual mode's after-call panel takes the place of the tabs (`AfterCallScreen`).
 */
export function MeetingLogSection() {
  const { t } = useTranslation();
  const { meetingUuid } = useCurrentSubject();
  const log = useMeetingLog(meetingUuid).data;
  const previousState = useRef<MeetingLogStateView | undefined>(undefined);
  const [openedForNotes, setOpenedForNotes] = useState(false);

  useEffect(() => {
    if (!log) return;
    const activity = activityForFinalNotes(previousState.current, log);
    previousState.current = log.state;
    if (activity) {
      requestOpenActivity(activity);
      setOpenedForNotes(true);
    }
  }, [log]);

  return openedForNotes ? (
    <p role="status" className="sidebar__note">
      {t('meetingLog.autoLogged')}
    </p>
  ) : null;
}
