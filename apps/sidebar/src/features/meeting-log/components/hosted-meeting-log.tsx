import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/ui/query-state';
import { useHostedMeetingLog } from '../api/meeting-log';

const AfterCallPanel = lazy(() => import('./after-call-panel'));

interface HostedMeetingLogProps {
  meetingUuid: string;
  onBack: () => void;
}

/**
 * One of the user's pending logs, opened from the Meeting logs screen in the same after-call panel as in
 * the meeting (which asks for the company itself when the meeting has none).
 */
export function HostedMeetingLog({ meetingUuid, onBack }: HostedMeetingLogProps) {
  const { t } = useTranslation();
  const back = (
    <button type="button" className="button" onClick={onBack}>
      {t('meetingLog.logs.back')}
    </button>
  );
  return (
    <QueryState query={useHostedMeetingLog(meetingUuid)} loading={t('meetingLog.panel.loading')} failed={t('meetingLog.logs.openFailed')}>
      {(log) =>
        log.state === 'PENDING' ? (
          <Suspense fallback={<p className="muted">{t('meetingLog.panel.loading')}</p>}>
            <AfterCallPanel log={log} onAnswered={onBack}>
              {back}
            </AfterCallPanel>
          </Suspense>
        ) : (
          <>
            <p role="status">{t(log.state === 'LOGGED' ? 'meetingLog.logs.alreadyLogged' : 'meetingLog.logs.alreadyDiscarded')}</p>
            {back}
          </>
        )
      }
    </QueryState>
  );
}
