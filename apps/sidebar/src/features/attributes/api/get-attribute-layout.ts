import { attributeLayoutSchema, type AttributeLayout } from '@c360/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const attributeLayoutQueryKey = ['admin', 'attribute-layout'] as const;

export const getAttributeLayout = (): Promise<AttributeLayout> => apiRequest('/api/admin/attribute-layout', attributeLayoutSchema);

export const useAttributeLayout = () => useQuery(queryOptions({ queryKey: attributeLayoutQueryKey, queryFn: getAttributeLayout, staleTime: 0 }));
