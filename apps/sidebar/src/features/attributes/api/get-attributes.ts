import { companyAttributesSchema, type CompanyAttributes } from '@c360/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const attributesQueryKey = (companyId: string) => ['attributes', companyId] as const;

export const getAttributes = (companyId: string): Promise<CompanyAttributes> =>
  apiRequest(`/api/companies/${encodeURIComponent(companyId)}/attributes`, companyAttributesSchema);

export const attributesQueryOptions = (companyId: string) =>
  queryOptions({ queryKey: attributesQueryKey(companyId), queryFn: () => getAttributes(companyId) });

export const useAttributes = (companyId: string) => useQuery(attributesQueryOptions(companyId));
