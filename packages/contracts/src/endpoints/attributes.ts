import { attributeLayoutSchema, companyAttributesSchema, saveAttributeLayoutSchema, updateAttributesSchema } from '../attributes.ts';
import { subjectPath } from '../subject.ts';
import { defineEndpoint } from './define-endpoint.ts';

interface OfCompany {
  companyId: string;
}

const attributesPath = ({ companyId }: OfCompany) => subjectPath({ kind: 'company', id: companyId }, 'attributes');

/** A company's attributes (companies only) and the domain's layout of them. */
export const attributeEndpoints = {
  get: defineEndpoint({ method: 'GET', path: attributesPath, response: companyAttributesSchema }),
  // The version the edit started from may come as `If-Match` instead of in the body.
  update: defineEndpoint({
    method: 'PATCH',
    path: attributesPath,
    body: updateAttributesSchema.extend({ version: updateAttributesSchema.shape.version.optional() }),
    response: companyAttributesSchema,
  }),
  layout: defineEndpoint({ method: 'GET', path: () => '/api/admin/attribute-layout', response: attributeLayoutSchema }),
  saveLayout: defineEndpoint({ method: 'PUT', path: () => '/api/admin/attribute-layout', body: saveAttributeLayoutSchema, response: attributeLayoutSchema }),
} as const;
