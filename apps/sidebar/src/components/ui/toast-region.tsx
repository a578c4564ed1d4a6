import { useSyncExternalStore, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ToastStore } from './toast-store';
import './toast.css';

/**
 * The toasts, stacked at the bottom of the panel in one polite live region (announced without moving
 * focus). Each countdown waits while the pointer or keyboard focus is on them; Escape dismisses the
 * focused one.
 */
export function ToastRegion({ store }: { store: ToastStore }) {
  const { t } = useTranslation();
  // The same snapshot for a server render (the markup tests render screens that hold a provider).
  const toasts = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) store.resume();
  };
  return (
    <section className="toasts" aria-label={t('toast.region')} onMouseEnter={store.pause} onMouseLeave={store.resume} onFocus={store.pause} onBlur={onBlur}>
      <div role="status" aria-live="polite" className="toasts__list">
        {toasts.map((toast) => (
          <div
            key={toast.id}
            className={toast.tone === 'error' ? 'toast toast--error' : 'toast'}
            onKeyDown={(event: KeyboardEvent) => {
              if (event.key === 'Escape') store.dismiss(toast.id);
            }}
          >
            <p className="toast__message">{toast.message}</p>
            {toast.action && (
              <button type="button" className="button toast__action" onClick={() => store.act(toast.id)}>
                {toast.action.label}
              </button>
            )}
            <button
              type="button"
              className="icon-button toast__close"
              aria-label={t('toast.dismiss')}
              title={t('toast.dismiss')}
              onClick={() => store.dismiss(toast.id)}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
        ))}
      </div>
    </section>
  );
}
