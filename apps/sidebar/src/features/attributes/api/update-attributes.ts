import { attributesConflictSchema, companyAttributesSchema, type AttributeValue, type CompanyAttributes } from '@c360/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, toApiError } from '../../../lib/api-client';
import { attributesQueryKey } from './get-attributes';

export interface AttributesEdit {
  values: Record<string, AttributeValue>;
  /** The version the edit started from, sent as `If-Match`. */
  version: number;
}

/** `PATCH /api/companies/:id/attributes`; a stale version answers 409 with the current attributes. */
export const updateAttributes = (companyId: string, { values, version }: AttributesEdit): Promise<CompanyAttributes> =>
  apiRequest(`/api/companies/${encodeURIComponent(companyId)}/attributes`, companyAttributesSchema, {
    method: 'PATCH',
    body: { values },
    headers: { 'If-Match': `"${version}"` },
  });

/** The attributes as they are now, when an edit failed because someone else saved first. */
export function currentOfConflict(error: unknown): CompanyAttributes | undefined {
  const failure = toApiError(error);
  if (failure.status !== 409) return undefined;
  const parsed = attributesConflictSchema.safeParse(failure.problem);
  return parsed.success ? parsed.data.current : undefined;
}

export function useUpdateAttributes(companyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (edit: AttributesEdit) => updateAttributes(companyId, edit),
    onSuccess: (attributes) => queryClient.setQueryData(attributesQueryKey(companyId), attributes),
    onError: (error) => {
      // Someone else's change shows at once, and the next save starts from their version.
      const current = currentOfConflict(error);
      if (current) queryClient.setQueryData(attributesQueryKey(companyId), current);
    },
  });
}
