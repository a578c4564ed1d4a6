import type { SessionView } from '@c360/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { removeUserData, sessionQueryKey } from '@/hooks/use-session';
import { completeSalesforceSignIn } from '../api/complete-salesforce-sign-in';
import { signIn } from '../api/sign-in';

/**
 * `POST /api/login` (or the Salesforce domain choice); its answer is the new session, so the app
 * switches to the signed-in view at once.
 */
function useSessionMutation<T>(mutationFn: (body: T) => Promise<SessionView>, onSignedIn: (view: SessionView) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    // The variables hold the password: drop them as soon as nothing observes the mutation.
    gcTime: 0,
    onSuccess: (view) => {
      removeUserData(queryClient);
      queryClient.setQueryData(sessionQueryKey, view);
      onSignedIn(view);
    },
  });
}

export const useSignIn = (onSignedIn: (view: SessionView) => void) => useSessionMutation(signIn, onSignedIn);

export const useCompleteSalesforceSignIn = (onSignedIn: (view: SessionView) => void) => useSessionMutation(completeSalesforceSignIn, onSignedIn);
