import type { Cta } from '@c360/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CtaSubject } from '../api/get-ctas';
import { formatDueDate } from '../lib/due-date';
import { NewCtaForm } from './new-cta-form';

interface NewCtaProps {
  subject: CtaSubject;
  me: { id: string; displayName: string };
}

/** "New CTA" and, once pressed, its form; after a create or Cancel, focus returns to the button. */
export function NewCta({ subject, me }: NewCtaProps) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const [closedTimes, setClosedTimes] = useState(0);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (closedTimes > 0) button.current?.focus();
  }, [closedTimes]);

  const close = (cta: Cta | null) => {
    setOpen(false);
    setCreated(cta && t('ctas.new.created', { subject: cta.subject, date: formatDueDate(cta.dueDate, i18n.language) }));
    setClosedTimes(closedTimes + 1);
  };

  return (
    <>
      {open ? (
        <NewCtaForm subject={subject} me={me} onCreated={close} onCancel={() => close(null)} />
      ) : (
        <div className="actions">
          <button
            type="button"
            ref={button}
            className="button button--primary"
            onClick={() => {
              setCreated(null);
              setOpen(true);
            }}
          >
            {t('ctas.new.open')}
          </button>
        </div>
      )}
      <p role="status" className="muted">
        {created}
      </p>
    </>
  );
}
