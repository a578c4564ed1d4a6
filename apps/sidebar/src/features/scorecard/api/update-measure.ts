import { scorecardResponseSchema, type ScorecardResponse, type UpdateMeasure } from '@c360/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { scorecardPath, scorecardQueryKey, type ScorecardSubject } from './get-scorecard';

export const updateMeasure = (subject: ScorecardSubject, measureId: string, update: UpdateMeasure): Promise<ScorecardResponse> =>
  apiRequest(`${scorecardPath(subject)}/measures/${encodeURIComponent(measureId)}`, scorecardResponseSchema, { method: 'PUT', body: update });

/** Saves one measure; the answer already holds the recomputed overall score, and a refetch confirms it. */
export function useUpdateMeasure(subject: ScorecardSubject, measureId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: UpdateMeasure) => updateMeasure(subject, measureId, update),
    onSuccess: (response) => {
      queryClient.setQueryData(scorecardQueryKey(subject), response);
      return queryClient.invalidateQueries({ queryKey: scorecardQueryKey(subject) });
    },
  });
}
