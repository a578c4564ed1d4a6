import { attributeEndpoints, attributesConflictSchema, type AttributeValue, type CompanyAttributes } from '@c360/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useToast } from '@/components/ui/toast';
import { useWriteQueue, type SendWrite } from '@/hooks/use-write-queue';
import { toApiError, writeOf } from '@/lib/api-client';
import { attributeKeys } from './get-attributes';

export interface AttributesEdit {
  values: Record<string, AttributeValue>;
  /** The version the edit started from, sent as `If-Match`. */
  version: number;
}

/** Where "waiting to send" shows for an edit of these fields. */
const attributesTarget = (companyId: string, values: Record<string, AttributeValue>) => `attributes:${companyId}:${Object.keys(values).sort().join(',')}`;

/**
 * `PATCH /api/companies/:id/attributes` through the write queue (sent once, however long the connection is
 * down); a stale version answers 409 with the current attributes.
 */
export const updateAttributes = (send: SendWrite, companyId: string, { values, version }: AttributesEdit): Promise<CompanyAttributes> =>
  send(
    {
      ...writeOf(attributeEndpoints.update, { params: { companyId }, body: { values } }),
      headers: { 'If-Match': `"${version}"` },
      target: attributesTarget(companyId, values),
      refresh: [[...attributeKeys.detail(companyId)]],
    },
    attributeEndpoints.update.response,
  );

/** The attributes as they are now, when an edit failed because someone else saved first. */
export function currentOfConflict(error: unknown): CompanyAttributes | undefined {
  const failure = toApiError(error);
  if (failure.code !== 'CONFLICT') return undefined;
  const parsed = attributesConflictSchema.safeParse(failure.problem);
  return parsed.success ? parsed.data.current : undefined;
}

export function useUpdateAttributes(companyId: string) {
  const queryClient = useQueryClient();
  const { send, isWaiting } = useWriteQueue();
  const { t } = useTranslation();
  const toast = useToast();
  const mutation = useMutation({
    networkMode: 'always',
    mutationFn: (edit: AttributesEdit) => updateAttributes(send, companyId, edit),
    onSuccess: (attributes) => {
      queryClient.setQueryData(attributeKeys.detail(companyId), attributes);
      toast.show({ message: t('toast.attributesSaved') });
    },
    onError: (error) => {
      // Someone else's change shows at once, and the next save starts from their version.
      const current = currentOfConflict(error);
      if (current) queryClient.setQueryData(attributeKeys.detail(companyId), current);
    },
  });
  const sent = mutation.variables;
  return { ...mutation, waiting: mutation.isPending && sent !== undefined && isWaiting(attributesTarget(companyId, sent.values)) };
}
