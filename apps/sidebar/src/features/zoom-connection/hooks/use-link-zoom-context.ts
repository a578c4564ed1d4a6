import type { SessionView } from '@c360/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { getAppContext } from '@/lib/zoom-sdk';
import { sessionQueryKey } from '@/hooks/use-session';
import { linkZoomContext } from '../api/link-zoom-context';

/**
 * Inside Zoom, a session without Zoom (its cookie lost, e.g. partitioned storage) links itself again
 * with a fresh `getAppContext()` value, once per page.
 */
export function useLinkZoomContext(inZoom: boolean, session: SessionView | undefined) {
  const queryClient = useQueryClient();
  const attempted = useRef(false);
  useEffect(() => {
    if (!inZoom || !session || session.zoom !== null || attempted.current) return;
    attempted.current = true;
    getAppContext()
      .then((context) => (context ? linkZoomContext(context) : Promise.reject(new Error('Zoom gave no app context'))))
      .then(
        (view) => queryClient.setQueryData(sessionQueryKey, view),
        () => undefined,
      );
  }, [inZoom, session, queryClient]);
}
