import type { Cta, CtaStatus } from '@c360/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WaitingToSend } from '@/components/ui/waiting-to-send';
import { useSetCtaStatus } from '../api/update-cta';
import { formatDueDate } from '../lib/due-date';

interface CtaItemProps {
  cta: Cta;
  canManage: boolean;
  /** The activity it came from; left out where the activity is the context already. */
  showActivity?: boolean;
  /** Without the licence to close it, no checkbox at all (where a disabled one would only take room). */
  hideCheckboxUnlessAllowed?: boolean;
}

/** One CTA: a checkbox closes and reopens it (optimistically), the line says when, how urgent and whose. */
export function CtaItem({ cta, canManage, showActivity = true, hideCheckboxUnlessAllowed = false }: CtaItemProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const setStatus = useSetCtaStatus();
  // The box shows the user's click at once: the optimistic cache update lands a tick later, and a
  // controlled checkbox would spring back meanwhile.
  const [wanted, setWanted] = useState<CtaStatus | null>(null);
  const closed = cta.status === 'CLOSED';
  const checkbox = canManage || !hideCheckboxUnlessAllowed;
  const choose = (status: CtaStatus) => {
    setWanted(status);
    setStatus.mutate({ cta, status }, { onSettled: () => setWanted(null) });
  };
  return (
    <li className={`cta${cta.overdue ? ' cta--overdue' : ''}${closed ? ' cta--closed' : ''}`}>
      {checkbox && (
        <input
          id={`${id}-done`}
          className="cta__done"
          type="checkbox"
          checked={(wanted ?? cta.status) === 'CLOSED'}
          disabled={!canManage}
          aria-describedby={`${id}-meta`}
          onChange={(event) => choose(event.target.checked ? 'CLOSED' : 'OPEN')}
        />
      )}
      <div className="cta__body">
        {checkbox ? (
          <label htmlFor={`${id}-done`} className="cta__subject">
            {cta.subject}
          </label>
        ) : (
          <span className="cta__subject">{cta.subject}</span>
        )}
        <p id={`${id}-meta`} className="cta__meta">
          {cta.overdue && <span className="badge cta__overdue">{t('ctas.overdue')}</span>}
          {closed && <span className="badge">{t('ctas.closed')}</span>}
          <span>{t('ctas.due', { date: formatDueDate(cta.dueDate, i18n.language) })}</span>
          <span>{t('ctas.priorityLabel', { priority: t(`ctas.priority.${cta.priority}`) })}</span>
          <span>{t('ctas.owner', { name: cta.owner.displayName })}</span>
          {showActivity && cta.activitySubject && <span>{t('ctas.fromActivity', { subject: cta.activitySubject })}</span>}
        </p>
        <WaitingToSend waiting={setStatus.waiting} />
        {setStatus.isError && (
          <p role="alert" className="field__error">
            {t(closed ? 'ctas.reopenFailed' : 'ctas.closeFailed')}
          </p>
        )}
      </div>
    </li>
  );
}
