import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronIcon } from '@/components/ui/icons';
import { PagedList } from '@/components/ui/paged-list';
import { useCtas, type CtaListScope } from '../api/get-ctas';
import { useCtaPermission } from '../hooks/use-cta-permission';
import { CtaItem } from './cta-item';
import '@/components/ui/disclosure.css';
import './ctas.css';

/**
 * "Open commitments (n)", a disclosure open at first, each commitment with its owner, due date and
 * overdue mark; checking one closes the CTA (through the write queue, with the toast's Undo). A licence
 * that may not close CTAs sees the list without checkboxes. Nothing at all while there is nothing to list,
 * so a 360 px panel keeps its room for the tabs.
 */
export function CommitmentList({ scope, initiallyOpen = true }: { scope: CtaListScope; initiallyOpen?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const { canManage } = useCtaPermission();
  const ctas = useCtas(scope);
  const [expanded, setExpanded] = useState(initiallyOpen);
  const items = ctas.data?.pages.flatMap((page) => page.items) ?? [];
  // One just checked stays (closed, perhaps waiting to send) until the list re-reads, but no longer counts.
  if (items.length === 0) return null;
  const count = items.filter((cta) => cta.status === 'OPEN').length;
  const text = {
    loading: t('ctas.loading'),
    failed: t('ctas.failed'),
    empty: t('ctas.noneOpen'),
    loadMore: t('ctas.loadMore'),
    loadingMore: t('ctas.loadingMore'),
  };
  return (
    <section className="commitments" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="disclosure__title">
        <button type="button" className="disclosure__toggle" aria-expanded={expanded} aria-controls={`${id}-body`} onClick={() => setExpanded(!expanded)}>
          <ChevronIcon direction="right" className="icon disclosure__chevron" />
          {t(ctas.hasNextPage ? 'ctas.commitments.titleMore' : 'ctas.commitments.title', { count })}
        </button>
      </h2>
      <div id={`${id}-body`} className="commitments__body" hidden={!expanded}>
        <PagedList query={ctas} text={text}>
          {(loaded) => (
            <ul className="stack-list commitments__list" aria-label={t('ctas.commitments.listLabel')}>
              {loaded.map((cta) => (
                <CtaItem key={cta.id} cta={cta} canManage={canManage} hideCheckboxUnlessAllowed />
              ))}
            </ul>
          )}
        </PagedList>
      </div>
    </section>
  );
}
