import { useTranslation } from 'react-i18next';
import { AdminScreen, Loaded } from '../../../components/ui/admin-screen';
import { useDomainSettings } from '../api/domain-settings';
import { MeetingLogForm } from './meeting-log-form';

/** The tenant admin's choice of how meetings are logged when they end (seed 001: 自動または手動). */
export function MeetingLogSettingsScreen({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AdminScreen title={t('meetingLog.settings.title')} intro={t('meetingLog.settings.intro')} closeLabel={t('meetingLog.settings.close')} onClose={onClose}>
      <Loaded query={useDomainSettings()} loadingLabel={t('meetingLog.settings.loading')} failedLabel={t('meetingLog.settings.loadFailed')}>
        {(settings) => <MeetingLogForm settings={settings} />}
      </Loaded>
    </AdminScreen>
  );
}
