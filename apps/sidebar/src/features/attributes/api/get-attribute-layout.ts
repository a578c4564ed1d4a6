import { attributeEndpoints, type AttributeLayout } from '@c360/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiCall } from '@/lib/api-client';

export const attributeLayoutKeys = { detail: ['admin', 'attribute-layout'] as const };

export const getAttributeLayout = (): Promise<AttributeLayout> => apiCall(attributeEndpoints.layout);

export const useAttributeLayout = () => useQuery(queryOptions({ queryKey: attributeLayoutKeys.detail, queryFn: getAttributeLayout, staleTime: 0 }));
