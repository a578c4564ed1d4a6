import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './admin-screen.css';

interface AdminScreenProps {
  title: string;
  intro: string;
  closeLabel: string;
  onClose: () => void;
  className?: string;
  children: ReactNode;
}

/** A ⋯-menu screen in place of the tabs: its title takes focus on open, so keyboard and screen-reader users land on it. */
export function AdminScreen({ title, intro, closeLabel, onClose, className, children }: AdminScreenProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section className={`admin-screen screen${className ? ` ${className}` : ''}`} aria-labelledby={headingId}>
      <div className="admin-screen__top">
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="screen-title">
          {title}
        </h2>
        <button type="button" className="button" onClick={onClose}>
          {closeLabel}
        </button>
      </div>
      <p className="screen-intro">{intro}</p>
      {children}
    </section>
  );
}

interface LoadedProps<T> {
  query: UseQueryResult<T>;
  loadingLabel: string;
  failedLabel: string;
  children: (data: T) => ReactNode;
}

/** A screen's data: a status while it loads, an alert with Retry if it fails, else the children. */
export function Loaded<T>({ query, loadingLabel, failedLabel, children }: LoadedProps<T>) {
  const { t } = useTranslation();
  if (query.isPending) return <p role="status">{loadingLabel}</p>;
  if (query.isError) {
    return (
      <div role="alert" className="alert">
        <p>{failedLabel}</p>
        <button type="button" className="button" onClick={() => void query.refetch()}>
          {t('app.retry')}
        </button>
      </div>
    );
  }
  return <>{children(query.data)}</>;
}
