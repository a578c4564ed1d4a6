import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminScreen } from '@/components/ui/admin-screen';
import { HostedMeetingLog } from './hosted-meeting-log';
import { PendingLogList } from './pending-log-list';
import './meeting-log.css';

/**
 * ⋯ → Meeting logs: the signed-in user's logs still waiting for Save or Discard, of any meeting they
 * hosted, each opening the after-call panel here, so a log is never stranded with a closed sidebar.
 */
export function MeetingLogsScreen({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <AdminScreen title={t('meetingLog.logs.title')} intro={t('meetingLog.logs.intro')} closeLabel={t('meetingLog.logs.close')} onClose={onClose}>
      {open === null ? <PendingLogList onOpen={setOpen} /> : <HostedMeetingLog key={open} meetingUuid={open} onBack={() => setOpen(null)} />}
    </AdminScreen>
  );
}
