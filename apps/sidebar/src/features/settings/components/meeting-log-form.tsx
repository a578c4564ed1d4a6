import { MEETING_LOG_MODES, updateDomainSettingsSchema, type DomainSettings, type MeetingLogMode } from '@c360/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '@/components/ui/choice-group';
import { AdminForm } from '@/components/ui/admin-screen';
import { TextField } from '@/components/ui/field';
import { useUpdateDomainSettings } from '../api/domain-settings';

const MODE_KEYS = { AUTO: 'auto', MANUAL: 'manual' } as const satisfies Record<MeetingLogMode, string>;
const retention = updateDomainSettingsSchema.shape.transcriptRetentionDays.unwrap();

export function MeetingLogForm({ settings }: { settings: DomainSettings }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState(settings.meetingLogMode);
  const [retentionDays, setRetentionDays] = useState(String(settings.transcriptRetentionDays));
  const [retentionError, setRetentionError] = useState<string | undefined>();
  const update = useUpdateDomainSettings();

  const save = () => {
    // Checked with the schema the BFF parses with; an empty or partial number is not a day count.
    const days = retention.safeParse(retentionDays.trim() === '' ? Number.NaN : Number(retentionDays));
    setRetentionError(days.success ? undefined : t('meetingLog.settings.retentionInvalid', { min: retention.minValue, max: retention.maxValue }));
    if (days.success) update.mutate({ meetingLogMode: mode, transcriptRetentionDays: days.data });
  };

  return (
    <AdminForm save={update} onSave={save} savedLabel={t('meetingLog.settings.saved')}>
      <ChoiceGroup
        legend={t('meetingLog.settings.modeLabel')}
        options={MEETING_LOG_MODES}
        value={mode}
        onChange={setMode}
        titleOf={(option) => t(`meetingLog.settings.modes.${MODE_KEYS[option]}.name`)}
        descriptionOf={(option) => t(`meetingLog.settings.modes.${MODE_KEYS[option]}.description`)}
      />
      <TextField
        label={t('meetingLog.settings.retentionLabel')}
        hint={t('meetingLog.settings.retentionHint')}
        type="number"
        inputMode="numeric"
        min={retention.minValue ?? undefined}
        max={retention.maxValue ?? undefined}
        step={1}
        value={retentionDays}
        error={retentionError}
        onChange={(event) => setRetentionDays(event.target.value)}
      />
    </AdminForm>
  );
}
