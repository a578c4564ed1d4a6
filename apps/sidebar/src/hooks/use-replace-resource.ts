import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';

/**
 * Saves a resource that is read and replaced whole (an admin screen's): the answer, the resource as
 * stored, goes straight into its cache entry; `refresh` names what re-reads afterwards, whatever the outcome.
 * The form's own status line says it is saved (no toast as well: a screen reader would hear it twice).
 */
export function useReplaceResource<B, T>(replace: (body: B) => Promise<T>, queryKey: QueryKey, refresh: readonly QueryKey[] = []) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replace,
    onSuccess: (stored) => queryClient.setQueryData(queryKey, stored),
    onSettled: () => Promise.all(refresh.map((key) => queryClient.invalidateQueries({ queryKey: key }))),
  });
}
