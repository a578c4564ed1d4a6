import { attributeEndpoints, type AttributeLayout, type SaveAttributeLayout } from '@c360/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api-client';
import { attributeLayoutKeys } from './get-attribute-layout';
import { attributeKeys } from './get-attributes';

export const saveAttributeLayout = (body: SaveAttributeLayout): Promise<AttributeLayout> => apiCall(attributeEndpoints.saveLayout, { body });

export function useSaveAttributeLayout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveAttributeLayout,
    onSuccess: (layout) => queryClient.setQueryData(attributeLayoutKeys.detail, layout),
    // Every company's Attributes tab follows the new layout.
    onSettled: () => queryClient.invalidateQueries({ queryKey: attributeKeys.all }),
  });
}
