import { REPORT_EVENT_TYPES, type ReportEventType } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { Field, TextField } from '../../../components/ui/field';
import { useAssignableUsers } from '../../ctas/api/get-users';
import { SubjectField } from '../../subject/components/subject-field';
import { EVENT_TYPE_LABELS } from '../lib/event-labels';
import { NO_FILTERS, type ReportFilters } from '../lib/report-filters';

interface ReportFiltersFormProps {
  filters: ReportFilters;
  onChange: (filters: ReportFilters) => void;
}

const isEventType = (value: string): value is ReportEventType => (REPORT_EVENT_TYPES as readonly string[]).includes(value);

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
      <Field label={t('reports.filters.user')}>
        {(control) => (
          <select {...control} value={filters.userId} onChange={(event) => set({ userId: event.target.value })}>
            <option value="">{t('reports.filters.anyUser')}</option>
            {users.data?.map((user) => (
              <option key={user.id} value={user.id}>
                {user.displayName}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('reports.filters.type')}>
        {(control) => (
          <select {...control} value={filters.type} onChange={(event) => set({ type: isEventType(event.target.value) ? event.target.value : '' })}>
            <option value="">{t('reports.filters.anyType')}</option>
            {REPORT_EVENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(EVENT_TYPE_LABELS[type])}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="reports-filters__dates">
        <TextField label={t('reports.filters.from')} type="date" value={filters.from} max={filters.to || undefined} onChange={(event) => set({ from: event.target.value })} />
        <TextField label={t('reports.filters.to')} type="date" value={filters.to} min={filters.from || undefined} onChange={(event) => set({ to: event.target.value })} />
      </div>
      <button type="button" className="button" onClick={() => onChange(NO_FILTERS)}>
        {t('reports.filters.reset')}
      </button>
    </fieldset>
  );
}
