import { scorecardEndpoints, type MeetingSubject, type ScorecardResponse } from '@c360/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiCall } from '@/lib/api-client';

export type ScorecardSubject = Pick<MeetingSubject, 'kind' | 'id'>;

export const scorecardKeys = { detail: (subject: ScorecardSubject) => ['scorecard', subject.kind, subject.id] as const };

export const getScorecard = (subject: ScorecardSubject): Promise<ScorecardResponse> => apiCall(scorecardEndpoints.get, { params: { subject } });

export const scorecardQueryOptions = (subject: ScorecardSubject) =>
  queryOptions({ queryKey: scorecardKeys.detail(subject), queryFn: () => getScorecard(subject) });

/** The subject's active scorecard (null data.scorecard when it has none). */
export const useScorecard = (subject: ScorecardSubject) => useQuery(scorecardQueryOptions(subject));
