import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useToast } from '@/components/ui/toast';

/**
 * Saves a resource that is read and replaced whole (an admin screen's): the answer, the resource as
 * stored, goes straight into its cache entry, and a toast says it is saved; `refresh` names what re-reads
 * afterwards, whatever the outcome.
 */
export function useReplaceResource<B, T>(replace: (body: B) => Promise<T>, queryKey: QueryKey, refresh: readonly QueryKey[] = []) {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const toast = useToast();
  return useMutation({
    mutationFn: replace,
    onSuccess: (stored) => {
      queryClient.setQueryData(queryKey, stored);
      toast.show({ message: t('toast.settingsSaved') });
    },
    onSettled: () => Promise.all(refresh.map((key) => queryClient.invalidateQueries({ queryKey: key }))),
  });
}
