import { REPORT_EVENT_TYPES } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '@/components/ui/field';
import { useAssignableUsers } from '@/features/ctas';
import { SubjectField } from '@/features/subject';
import { EVENT_TYPE_LABELS } from '../lib/event-labels';
import { NO_FILTERS, type ReportFilters } from '../lib/report-filters';

interface ReportFiltersFormProps {
  filters: ReportFilters;
  onChange: (filters: ReportFilters) => void;
}

/** Company or relationship, user, event type and dates; each change applies at once. */
export function ReportFiltersForm({ filters, onChange }: ReportFiltersFormProps) {
  const { t } = useTranslation();
  const users = useAssignableUsers();
  const set = (change: Partial<ReportFilters>) => onChange({ ...filters, ...change });

  return (
    <fieldset className="reports-filters">
      <legend className="visually-hidden">{t('reports.filters.title')}</legend>
      <SubjectField
        label={t('reports.filters.subject')}
        placeholder={t('reports.filters.subjectPlaceholder')}
        clearLabel={t('reports.filters.clearSubject')}
        value={filters.subject}
        onChange={(subject) => set({ subject })}
      />
      <SelectField
        label={t('reports.filters.user')}
        value={filters.userId}
        options={[{ value: '', label: t('reports.filters.anyUser') }, ...(users.data ?? []).map((user) => ({ value: user.id, label: user.displayName }))]}
        onChange={(userId) => set({ userId })}
      />
      <SelectField
        label={t('reports.filters.type')}
        value={filters.type}
        options={[
          { value: '' as const, label: t('reports.filters.anyType') },
          ...REPORT_EVENT_TYPES.map((type) => ({ value: type, label: t(EVENT_TYPE_LABELS[type]) })),
        ]}
        onChange={(type) => set({ type })}
      />
      <div className="reports-filters__dates">
        <TextField
          label={t('reports.filters.from')}
          type="date"
          value={filters.from}
          max={filters.to || undefined}
          onChange={(event) => set({ from: event.target.value })}
        />
        <TextField
          label={t('reports.filters.to')}
          type="date"
          value={filters.to}
          min={filters.from || undefined}
          onChange={(event) => set({ to: event.target.value })}
        />
      </div>
      <button type="button" className="button" onClick={() => onChange(NO_FILTERS)}>
        {t('reports.filters.reset')}
      </button>
    </fieldset>
  );
}
