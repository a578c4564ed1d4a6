import type { CompanyAttributes as AttributesOfCompany } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryState } from '@/components/ui/query-state';
import { useSession } from '@/hooks/use-session';
import { useCurrentSubject } from '@/features/subject';
import { useAttributes } from '../api/get-attributes';
import { AttributeField } from './attribute-field';
import './attributes.css';

/** Attributes belong to companies: a relationship shows its company's. */
export function AttributesTab() {
  const { t } = useTranslation();
  const { subject } = useCurrentSubject();
  const companyId = subject?.kind === 'company' ? subject.id : subject?.companyId;
  if (!subject || !companyId) return <EmptyState title={t('empty.noSubject')}>{t('attributes.empty')}</EmptyState>;
  return <CompanyAttributes companyId={companyId} throughRelationship={subject.kind === 'relationship' ? subject.name : undefined} />;
}

function CompanyAttributes({ companyId, throughRelationship }: { companyId: string; throughRelationship: string | undefined }) {
  const { t } = useTranslation();
  const session = useSession();
  const attributes = useAttributes(companyId);
  const canEdit = session.data?.gainsight?.permissions.editAttributes?.allowed === true;

  return (
    <QueryState query={attributes} loading={t('attributes.loading')} failed={t('attributes.failed')} className="attributes__status">
      {(data) => <AttributeList attributes={data} canEdit={canEdit} throughRelationship={throughRelationship} />}
    </QueryState>
  );
}

interface AttributeListProps {
  attributes: AttributesOfCompany;
  canEdit: boolean;
  throughRelationship: string | undefined;
}

function AttributeList({ attributes: data, canEdit, throughRelationship }: AttributeListProps) {
  const { t } = useTranslation();
  const listLabel = t('attributes.listLabel', { name: data.companyName });
  return (
    <div className="attributes">
      {throughRelationship && (
        <p role="note" className="muted">
          {t('attributes.ofCompany', { relationship: throughRelationship, company: data.companyName })}
        </p>
      )}
      {!canEdit && (
        <p role="note" className="muted">
          {t('attributes.readOnly')}
        </p>
      )}
      {data.fields.length === 0 ? (
        <p className="muted">{t('attributes.noFields')}</p>
      ) : (
        <ul className="attributes__list" aria-label={listLabel}>
          {data.fields.map((field) => (
            <AttributeField key={field.key} field={field} attributes={data} canEdit={canEdit} />
          ))}
        </ul>
      )}
    </div>
  );
}
