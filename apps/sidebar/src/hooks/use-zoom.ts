import { useCallback, useEffect, useState } from 'react';
import { expandApp, initZoom, onExpandChange, type ZoomStatus } from '../lib/zoom-sdk';

export interface ZoomState {
  /** Undefined until the SDK has answered (or been skipped outside Zoom). */
  status: ZoomStatus | undefined;
  expanded: boolean;
  toggleExpanded: () => void;
}

export function useZoom(): ZoomState {
  const [status, setStatus] = useState<ZoomStatus>();
  const [expanded, setExpanded] = useState(false);

  useEffect(() => {
    let mounted = true;
    void initZoom().then((result) => {
      if (mounted) setStatus(result);
    });
    return () => {
      mounted = false;
    };
  }, []);

  useEffect(() => (status?.inZoom ? onExpandChange(setExpanded) : undefined), [status]);

  const toggleExpanded = useCallback(() => {
    const next = !expanded;
    void expandApp(next ? 'expand' : 'collapse').then((changed) => {
      if (changed) setExpanded(next);
    });
  }, [expanded]);

  return { status, expanded, toggleExpanded };
}
