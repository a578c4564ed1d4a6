import type { Activity } from '@c360/contracts';
import { useEffect, useRef } from 'react';

// One request at a time, kept until a Timeline tab takes it: the tab may mount only after it was made.
let requested: Activity | null = null;
const takers = new Set<() => void>();

/** Asks the Timeline to open an activity in its editor (the after-call log's "final notes"). */
export function requestOpenActivity(activity: Activity): void {
  requested = activity;
  for (const take of takers) take();
}

/** The Timeline's side: opens each requested activity with `open`, now or as soon as it mounts. */
export function useOpenActivityRequest(open: (activity: Activity) => void): void {
  const latestOpen = useRef(open);
  useEffect(() => {
    latestOpen.current = open;
  });
  useEffect(() => {
    const take = () => {
      if (requested === null) return;
      const activity = requested;
      requested = null;
      latestOpen.current(activity);
    };
    takers.add(take);
    take();
    return () => {
      takers.delete(take);
    };
  }, []);
}
