import { useMutation, useQueryClient } from '@tanstack/react-query';
import { removeUserData, sessionQueryKey } from '@/hooks/use-session';
import { signOut } from '../api/sign-out';

export function useSignOut(onSignedOut: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: (view) => {
      removeUserData(queryClient);
      queryClient.setQueryData(sessionQueryKey, view);
      onSignedOut();
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
}
