import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { ToggleGroup } from '@/components/ui/toggle-group';
import { useCurrentSubject } from '@/features/subject';
import type { CtaFilter } from '../api/get-ctas';
import { useCtaPermission } from '../hooks/use-cta-permission';
import { CtaList } from './cta-list';
import { NewCta } from './new-cta';
import './ctas.css';

const FILTERS: readonly CtaFilter[] = ['ALL', 'OPEN'];

/** The subject's CTAs (a company's include its relationships'), open first with overdue ones marked, and "New CTA" for a Full licence. */
export function CtasTab() {
  const { t } = useTranslation();
  const { subject } = useCurrentSubject();
  const { me, canManage } = useCtaPermission();
  const [filter, setFilter] = useState<CtaFilter>('ALL');
  if (!subject) return <EmptyState title={t('empty.noSubject')}>{t('ctas.empty')}</EmptyState>;

  const label = t('ctas.listLabel', { name: subject.name });
  return (
    <div className="tab-page">
      <div className="ctas__header">
        <h2 className="ctas__heading">{label}</h2>
        <ToggleGroup
          label={t('ctas.filter.label')}
          options={FILTERS}
          value={filter}
          onChange={setFilter}
          titleOf={(candidate) => t(`ctas.filter.${candidate}`)}
          className="ctas__filter"
        />
      </div>
      {canManage && me !== null ? <NewCta key={`${subject.kind}:${subject.id}`} subject={subject} me={me} /> : <p className="muted">{t('ctas.notAllowed')}</p>}
      <CtaList scope={{ subject, filter }} label={label} canManage={canManage} emptyText={t(filter === 'OPEN' ? 'ctas.noneOpen' : 'ctas.none')} />
    </div>
  );
}
