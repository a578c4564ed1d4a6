import { useEffect, useId, useRef, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LegalLinks } from '@/components/ui/legal-links';
import '@/components/ui/screen.css';

interface StepFormProps {
  title: string;
  intro?: ReactNode;
  submitLabel: string;
  busy?: boolean;
  /** Moves focus into the step when it appears (not on the page's first screen). */
  autoFocus?: boolean;
  onSubmit: () => void;
  onBack?: () => void;
  /** A failure of the whole step, shown above its fields. */
  alert?: ReactNode;
  children?: ReactNode;
}

// The text field, or the checked radio of a group, that a user would type into or change first.
const FIRST_FIELD = 'input:not([type="radio"]):not([type="hidden"]):not([disabled]), input[type="radio"]:checked, select';

/** One step of the sign-in: a labelled form whose Enter submits it, with Back to the previous step. */
export function StepForm({ title, intro, submitLabel, busy = false, autoFocus = true, onSubmit, onBack, alert, children }: StepFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!autoFocus) return;
    (formRef.current?.querySelector<HTMLElement>(FIRST_FIELD) ?? headingRef.current)?.focus();
  }, [autoFocus]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!busy) onSubmit();
  }

  // Browsers submit on Enter only from text fields; a radio choice should submit the same way.
  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && target instanceof HTMLInputElement && target.type === 'radio') {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  }

  return (
    <form ref={formRef} className="screen screen--page" aria-labelledby={headingId} aria-busy={busy} noValidate onSubmit={submit} onKeyDown={onKeyDown}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="screen-title">
        {title}
      </h2>
      {intro && <p className="screen-intro">{intro}</p>}
      {alert}
      {children}
      <div className="actions">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {busy ? t('signIn.working') : submitLabel}
        </button>
        {onBack && (
          <button type="button" className="button" onClick={onBack}>
            {t('signIn.back')}
          </button>
        )}
      </div>
      <LegalLinks />
    </form>
  );
}
