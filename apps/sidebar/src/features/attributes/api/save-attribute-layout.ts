import { attributeEndpoints, type AttributeLayout, type SaveAttributeLayout } from '@c360/contracts';
import { useReplaceResource } from '@/hooks/use-replace-resource';
import { apiCall } from '@/lib/api-client';
import { attributeLayoutKeys } from './get-attribute-layout';
import { attributeKeys } from './get-attributes';

export const saveAttributeLayout = (body: SaveAttributeLayout): Promise<AttributeLayout> => apiCall(attributeEndpoints.saveLayout, { body });

// Every company's Attributes tab follows the new layout.
export const useSaveAttributeLayout = () => useReplaceResource(saveAttributeLayout, attributeLayoutKeys.detail, [attributeKeys.all]);
