import { scorecardResponseSchema, type MeetingSubject, type ScorecardResponse } from '@c360/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export type ScorecardSubject = Pick<MeetingSubject, 'kind' | 'id'>;

export const scorecardQueryKey = (subject: ScorecardSubject) => ['scorecard', subject.kind, subject.id] as const;

/** The collection path of the subject's scorecard: `/api/companies/:id/scorecard` or the relationship's. */
export const scorecardPath = (subject: ScorecardSubject) =>
  `/api/${subject.kind === 'company' ? 'companies' : 'relationships'}/${encodeURIComponent(subject.id)}/scorecard`;

export const getScorecard = (subject: ScorecardSubject): Promise<ScorecardResponse> => apiRequest(scorecardPath(subject), scorecardResponseSchema);

export const scorecardQueryOptions = (subject: ScorecardSubject) =>
  queryOptions({ queryKey: scorecardQueryKey(subject), queryFn: () => getScorecard(subject) });

/** The subject's active scorecard (null data.scorecard when it has none). */
export const useScorecard = (subject: ScorecardSubject) => useQuery(scorecardQueryOptions(subject));
