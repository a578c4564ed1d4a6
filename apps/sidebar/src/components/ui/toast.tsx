import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { ToastRegion } from './toast-region';
import { ToastStore, type ToastInput } from './toast-store';

export interface ToastApi {
  /** Shows a confirmation (or replaces the one of the same key) and answers its id. */
  show: (toast: ToastInput) => number;
  dismiss: (id: number) => void;
  dismissKey: (key: string) => void;
}

const ToastContext = createContext<ToastApi | null>(null);

/**
 * The app's toasts: what a write did ("Logged", "Saved"), with "Undo" where it can be undone. Mounted once
 * at the root, so a toast outlives the form or tab that showed it (and its Undo still works).
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => new ToastStore());
  const api = useMemo<ToastApi>(() => ({ show: store.show, dismiss: store.dismiss, dismissKey: store.dismissKey }), [store]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <ToastRegion store={store} />
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  const context = useContext(ToastContext);
  if (!context) throw new Error('useToast needs a ToastProvider.');
  return context;
}
