import { attributeLayoutSchema, type AttributeLayout, type SaveAttributeLayout } from '@c360/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { attributeLayoutQueryKey } from './get-attribute-layout';

/** `PUT /api/admin/attribute-layout`; the BFF answers with the layout as stored. */
export const saveAttributeLayout = (body: SaveAttributeLayout): Promise<AttributeLayout> =>
  apiRequest('/api/admin/attribute-layout', attributeLayoutSchema, { method: 'PUT', body });

export function useSaveAttributeLayout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveAttributeLayout,
    onSuccess: (layout) => queryClient.setQueryData(attributeLayoutQueryKey, layout),
    // Every company's Attributes tab follows the new layout.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['attributes'] }),
  });
}
