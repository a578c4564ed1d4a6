import type { SessionView } from '@c360/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authorize, onAuthorized, type AuthorizedEvent } from '@/lib/zoom-sdk';
import { completeZoomAuthorize } from '../api/complete-zoom-authorize';
import { sessionQueryKey } from '@/hooks/use-session';
import { startZoomAuthorize } from '../api/start-zoom-authorize';

// The user may read Zoom's consent screen for a while before answering.
const AUTHORIZED_TIMEOUT_MS = 5 * 60_000;

export class ZoomAuthorizeDeclinedError extends Error {
  override name = 'ZoomAuthorizeDeclinedError';
}

/** The next onAuthorized event for this state; cancel() stops waiting. */
function nextAuthorizedEvent(state: string) {
  let cancel = () => undefined as void;
  const event = new Promise<AuthorizedEvent>((resolve, reject) => {
    const timer = setTimeout(() => {
      cancel();
      reject(new ZoomAuthorizeDeclinedError('No answer from Zoom'));
    }, AUTHORIZED_TIMEOUT_MS);
    const unsubscribe = onAuthorized((authorized) => {
      if (authorized.state !== undefined && authorized.state !== state) return;
      cancel();
      resolve(authorized);
    });
    cancel = () => {
      clearTimeout(timer);
      unsubscribe();
    };
  });
  return { event, cancel: () => cancel() };
}

/** In-client OAuth (notes/zoom-platform.md §3): BFF challenge → zoomSdk.authorize → onAuthorized → BFF. */
async function authorizeInClient(): Promise<SessionView> {
  const { codeChallenge, state } = await startZoomAuthorize();
  const waiting = nextAuthorizedEvent(state);
  try {
    await authorize({ codeChallenge, state });
  } catch (error) {
    waiting.cancel();
    throw error;
  }
  const authorized = await waiting.event;
  if (!authorized.result || !authorized.code) throw new ZoomAuthorizeDeclinedError('The user did not authorize the app');
  return completeZoomAuthorize({ code: authorized.code, state, redirectUri: authorized.redirectUri });
}

export function useZoomAuthorize() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: authorizeInClient,
    onSuccess: (view) => queryClient.setQueryData(sessionQueryKey, view),
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
}
