import { useEffect, useState } from 'react';

/**
 * This browser's time, refreshed every `everyMs` while `ticking` (a render each time); still otherwise, so
 * the first value after ticking starts may be up to that old (talk time shows it a second later).
 */
export function useNow(ticking: boolean, everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return undefined;
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [ticking, everyMs]);
  return now;
}
