import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { getRTMSStatus, onRTMSStatusChange, pauseRTMS, resumeRTMS, startRTMS, stopRTMS, type RtmsStatus } from '@/lib/zoom-sdk';

const rtmsStatusKey = ['zoom', 'rtms-status'] as const;
// A stream Zoom is sending, or about to: the host can stop it even before the BFF reports it.
const SENDING: readonly RtmsStatus[] = ['connecting', 'started', 'paused', 'resumed'];

/** What the host can ask of the Zoom client for the app's stream. */
export type CaptureAction = 'start' | 'pause' | 'resume' | 'stop';
const CALLS: Record<CaptureAction, () => Promise<void>> = { start: startRTMS, pause: pauseRTMS, resume: resumeRTMS, stop: stopRTMS };

/**
 * The host's control of the live transcript through the Zoom client: start, pause, resume and stop, one at a
 * time, and whether Zoom is sending this app's stream (followed through onRTMSStatusChange). `enabled` only in
 * Zoom, for the host.
 */
export function useCapture(enabled: boolean) {
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: rtmsStatusKey, queryFn: getRTMSStatus, enabled, retry: false });

  useEffect(() => {
    if (!enabled) return undefined;
    return onRTMSStatusChange((next) => queryClient.setQueryData(rtmsStatusKey, next));
  }, [enabled, queryClient]);

  // Zoom's answer only says the request was taken: ask for the status it now shows.
  const settled = () => queryClient.invalidateQueries({ queryKey: rtmsStatusKey });
  const request = useMutation({ mutationFn: (action: CaptureAction) => CALLS[action](), onSettled: settled });
  return {
    sending: status.data !== undefined && SENDING.includes(status.data),
    paused: status.data === 'paused',
    busy: request.isPending ? request.variables : null,
    failed: request.isError ? request.variables : null,
    run: (action: CaptureAction) => {
      request.reset();
      request.mutate(action);
    },
  };
}
