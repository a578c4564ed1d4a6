import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentSubject } from '@/features/subject';
import { useMeetingLogQuery } from '../api/meeting-log';

// Only shown once a meeting has ended: its editor and follow-ups load then.
const AfterCallPanel = lazy(() => import('./after-call-panel'));

/**
 * This meeting's after-call panel in place of the tabs (in the scrolling area under the meeting) while the
 * host's log waits for Save or Discard; "Later" puts it aside for this sidebar: the log stays pending, under
 * ⋯ → Meeting logs. Everyone else, and the host before and after, sees `children` (the tabs).
 */
export function CurrentMeetingLog({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { meetingUuid, subject } = useCurrentSubject();
  const log = useMeetingLogQuery(meetingUuid).data;
  const [putAside, setPutAside] = useState<string | null>(null);

  if (!log?.isMine || log.state !== 'PENDING' || putAside === log.meetingUuid) return <>{children}</>;
  return (
    <div className="screen after-call-screen">
      <Suspense fallback={<p className="muted after-call">{t('meetingLog.panel.loading')}</p>}>
        <AfterCallPanel key={log.meetingUuid} log={log} chosen={subject}>
          <button type="button" className="button" onClick={() => setPutAside(log.meetingUuid)}>
            {t('meetingLog.panel.later')}
          </button>
        </AfterCallPanel>
      </Suspense>
    </div>
  );
}
