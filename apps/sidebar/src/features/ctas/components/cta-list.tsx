import { useTranslation } from 'react-i18next';
import { PagedList } from '@/components/ui/paged-list';
import { useCtas, type CtaListScope } from '../api/get-ctas';
import { CtaItem } from './cta-item';

interface CtaListProps {
  scope: CtaListScope;
  label: string;
  canManage: boolean;
  showActivity?: boolean;
  /** What to say when there is nothing. */
  emptyText: string;
}

/** CTAs open first, then by due date, a keyset page at a time behind "Load more". */
export function CtaList({ scope, label, canManage, showActivity, emptyText }: CtaListProps) {
  const { t } = useTranslation();
  const ctas = useCtas(scope);
  const text = {
    loading: t('ctas.loading'),
    failed: t('ctas.failed'),
    empty: emptyText,
    loadMore: t('ctas.loadMore'),
    loadingMore: t('ctas.loadingMore'),
  };
  return (
    <div className="cta-list">
      <PagedList query={ctas} text={text}>
        {(items) => (
          <ul className="stack-list" aria-label={label}>
            {items.map((cta) => (
              <CtaItem key={cta.id} cta={cta} canManage={canManage} {...(showActivity === undefined ? {} : { showActivity })} />
            ))}
          </ul>
        )}
      </PagedList>
    </div>
  );
}
