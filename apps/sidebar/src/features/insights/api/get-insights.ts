import { insightsSchema, type Insights, type MeetingSubject } from '@c360/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export type InsightsSubject = Pick<MeetingSubject, 'kind' | 'id'>;

export const insightsQueryKey = (subject: InsightsSubject) => ['insights', subject.kind, subject.id] as const;

/** `/api/companies/:id/insights` or the relationship's. */
const insightsPath = (subject: InsightsSubject) =>
  `/api/${subject.kind === 'company' ? 'companies' : 'relationships'}/${encodeURIComponent(subject.id)}/insights`;

export const getInsights = (subject: InsightsSubject): Promise<Insights> => apiRequest(insightsPath(subject), insightsSchema);

export const insightsQueryOptions = (subject: InsightsSubject) =>
  queryOptions({ queryKey: insightsQueryKey(subject), queryFn: () => getInsights(subject) });

/** The subject's customer insights (CTAs, support tickets, response times, happiness). */
export const useInsights = (subject: InsightsSubject) => useQuery(insightsQueryOptions(subject));
