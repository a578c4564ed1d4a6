import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '@/lib/api-client';
import './query-state.css';

interface QueryFailureProps {
  failed: string;
  /** The server's word on why, under the failure. */
  reason?: string | undefined;
  retryLabel?: string | undefined;
  onRetry: () => void;
  className?: string | undefined;
}

/** A read that failed: what failed, optionally why, and a retry. */
export function QueryFailure({ failed, reason, retryLabel, onRetry, className }: QueryFailureProps) {
  const { t } = useTranslation();
  return (
    <div role="alert" className={className ? `alert ${className}` : 'alert'}>
      <p className={reason === undefined ? undefined : 'alert__title'}>{failed}</p>
      {reason !== undefined && <p>{reason}</p>}
      <button type="button" className="button" onClick={onRetry}>
        {retryLabel ?? t('app.retry')}
      </button>
    </div>
  );
}

/**
 * What is loading, as grey lines in the shape of text (a bare "Loading…" reads as the content itself);
 * screen readers hear the label. `className` places it.
 */
export function QueryLoading({ label, className }: { label: string; className?: string | undefined }) {
  return (
    <div role="status" aria-busy="true" className={className ? `skeleton ${className}` : 'skeleton'}>
      <span className="visually-hidden">{label}</span>
      <span className="skeleton__line" aria-hidden="true" />
      <span className="skeleton__line" aria-hidden="true" />
      <span className="skeleton__line skeleton__line--short" aria-hidden="true" />
    </div>
  );
}

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  loading: string;
  failed: string;
  /** Shows the server's message under `failed`. */
  showReason?: boolean;
  retryLabel?: string;
  /** Placement of the loading line and the failure. */
  className?: string;
  children: (data: T) => ReactNode;
}

/** One read's states: loading, failed with a retry, then its data rendered by `children`. */
export function QueryState<T>({ query, loading, failed, showReason = false, retryLabel, className, children }: QueryStateProps<T>) {
  if (query.isPending) return <QueryLoading label={loading} className={className} />;
  if (query.isError) {
    return (
      <QueryFailure
        failed={failed}
        reason={showReason ? toApiError(query.error).message : undefined}
        retryLabel={retryLabel}
        onRetry={() => void query.refetch()}
        className={className}
      />
    );
  }
  return children(query.data);
}
