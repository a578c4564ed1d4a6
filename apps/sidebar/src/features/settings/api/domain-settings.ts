import { adminEndpoints, type DomainSettings, type UpdateDomainSettings } from '@c360/contracts';
import { useQuery } from '@tanstack/react-query';
import { useReplaceResource } from '@/hooks/use-replace-resource';
import { apiCall } from '@/lib/api-client';

export const domainSettingsKeys = { detail: ['admin', 'settings'] as const };

export const useDomainSettings = () => useQuery({ queryKey: domainSettingsKeys.detail, queryFn: () => apiCall(adminEndpoints.settings), staleTime: 0 });

const updateDomainSettings = (body: UpdateDomainSettings): Promise<DomainSettings> => apiCall(adminEndpoints.updateSettings, { body });

export const useUpdateDomainSettings = () => useReplaceResource(updateDomainSettings, domainSettingsKeys.detail);
