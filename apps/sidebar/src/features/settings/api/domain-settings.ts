import { domainSettingsSchema, type DomainSettings, type UpdateDomainSettings } from '@c360/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

const SETTINGS_PATH = '/api/admin/settings';
export const domainSettingsQueryKey = ['admin', 'settings'] as const;

export const useDomainSettings = () =>
  useQuery({ queryKey: domainSettingsQueryKey, queryFn: () => apiRequest(SETTINGS_PATH, domainSettingsSchema), staleTime: 0 });

/** `PUT /api/admin/settings`; the BFF answers with the settings as stored. */
export function useUpdateDomainSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateDomainSettings): Promise<DomainSettings> => apiRequest(SETTINGS_PATH, domainSettingsSchema, { method: 'PUT', body }),
    onSuccess: (settings) => queryClient.setQueryData(domainSettingsQueryKey, settings),
  });
}
