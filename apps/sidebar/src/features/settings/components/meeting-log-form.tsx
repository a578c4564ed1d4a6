import { MEETING_LOG_MODES, type DomainSettings, type MeetingLogMode } from '@c360/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '@/components/ui/choice-group';
import { AdminForm } from '@/components/ui/admin-screen';
import { useUpdateDomainSettings } from '../api/domain-settings';

const MODE_KEYS = { AUTO: 'auto', MANUAL: 'manual' } as const satisfies Record<MeetingLogMode, string>;

export function MeetingLogForm({ settings }: { settings: DomainSettings }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState(settings.meetingLogMode);
  const update = useUpdateDomainSettings();

  return (
    <AdminForm save={update} onSave={() => update.mutate({ meetingLogMode: mode })} savedLabel={t('meetingLog.settings.saved')}>
      <ChoiceGroup
        legend={t('meetingLog.settings.modeLabel')}
        options={MEETING_LOG_MODES}
        value={mode}
        onChange={setMode}
        titleOf={(option) => t(`meetingLog.settings.modes.${MODE_KEYS[option]}.name`)}
        descriptionOf={(option) => t(`meetingLog.settings.modes.${MODE_KEYS[option]}.description`)}
      />
    </AdminForm>
  );
}
