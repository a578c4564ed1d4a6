import { attributeEndpoints, type CompanyAttributes } from '@c360/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiCall } from '@/lib/api-client';

/** Every company's attributes start with `all`, so a new layout can refresh them all. */
const all = ['attributes'] as const;
export const attributeKeys = { all, detail: (companyId: string) => [...all, companyId] as const };

export const getAttributes = (companyId: string): Promise<CompanyAttributes> => apiCall(attributeEndpoints.get, { params: { companyId } });

export const attributesQueryOptions = (companyId: string) =>
  queryOptions({ queryKey: attributeKeys.detail(companyId), queryFn: () => getAttributes(companyId) });

export const useAttributes = (companyId: string) => useQuery(attributesQueryOptions(companyId));
