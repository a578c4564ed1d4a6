import { useEffect, useRef } from 'react';

/** Calls `onReach` when the returned sentinel scrolls into view (the "Load more" button stays for keyboards). */
export function useInfiniteScroll<E extends Element>(onReach: () => void, enabled: boolean) {
  const sentinel = useRef<E>(null);
  const latest = useRef(onReach);
  useEffect(() => {
    latest.current = onReach;
  });

  useEffect(() => {
    const element = sentinel.current;
    if (!enabled || !element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) latest.current();
      },
      { rootMargin: '200px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [enabled]);

  return sentinel;
}
