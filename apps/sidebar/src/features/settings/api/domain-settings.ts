import { adminEndpoints, type DomainSettings, type UpdateDomainSettings } from '@c360/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api-client';

export const domainSettingsKeys = { detail: ['admin', 'settings'] as const };

export const useDomainSettings = () => useQuery({ queryKey: domainSettingsKeys.detail, queryFn: () => apiCall(adminEndpoints.settings), staleTime: 0 });

export function useUpdateDomainSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateDomainSettings): Promise<DomainSettings> => apiCall(adminEndpoints.updateSettings, { body }),
    onSuccess: (settings) => queryClient.setQueryData(domainSettingsKeys.detail, settings),
  });
}
