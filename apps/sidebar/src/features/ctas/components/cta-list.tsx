import { useTranslation } from 'react-i18next';
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
  const items = ctas.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <div className="cta-list">
      {ctas.isPending && (
        <p role="status" className="muted">
          {t('ctas.loading')}
        </p>
      )}
      {ctas.isError && items.length === 0 && (
        <div role="alert" className="alert">
          <p>{t('ctas.failed')}</p>
          <button type="button" className="button" onClick={() => void ctas.refetch()}>
            {t('app.retry')}
          </button>
        </div>
      )}
      {ctas.isSuccess && items.length === 0 && <p className="muted">{emptyText}</p>}
      {items.length > 0 && (
        <ul className="stack-list" aria-label={label}>
          {items.map((cta) => (
            <CtaItem key={cta.id} cta={cta} canManage={canManage} {...(showActivity === undefined ? {} : { showActivity })} />
          ))}
        </ul>
      )}
      {ctas.hasNextPage && (
        <button
          type="button"
          className="button"
          aria-disabled={ctas.isFetchingNextPage}
          onClick={() => {
            if (!ctas.isFetchingNextPage) void ctas.fetchNextPage();
          }}
        >
          {ctas.isFetchingNextPage ? t('ctas.loadingMore') : t('ctas.loadMore')}
        </button>
      )}
    </div>
  );
}
