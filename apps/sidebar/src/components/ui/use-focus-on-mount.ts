import { useEffect, useRef } from 'react';

/**
 * A ref whose element takes focus when it appears (when `when` holds), so keyboard and screen-reader users
 * land on what just opened.
 */
export function useFocusOnMount<T extends HTMLElement>(when = true) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (when) ref.current?.focus();
  }, [when]);
  return ref;
}
