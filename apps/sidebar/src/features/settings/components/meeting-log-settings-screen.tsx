import { AdminSettingsScreen } from '@/components/ui/admin-screen';
import { useDomainSettings } from '../api/domain-settings';
import { MeetingLogForm } from './meeting-log-form';

/** The tenant admin's choice of how meetings are logged when they end (seed 001: 自動または手動). */
export function MeetingLogSettingsScreen({ onClose }: { onClose: () => void }) {
  return (
    <AdminSettingsScreen texts="meetingLog.settings" query={useDomainSettings()} onClose={onClose}>
      {(settings) => <MeetingLogForm settings={settings} />}
    </AdminSettingsScreen>
  );
}
