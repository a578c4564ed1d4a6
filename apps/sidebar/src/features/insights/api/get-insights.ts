import { insightsEndpoints, type Insights, type MeetingSubject } from '@c360/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiCall } from '@/lib/api-client';

export type InsightsSubject = Pick<MeetingSubject, 'kind' | 'id'>;

export const insightsKeys = { detail: (subject: InsightsSubject) => ['insights', subject.kind, subject.id] as const };

export const getInsights = (subject: InsightsSubject): Promise<Insights> => apiCall(insightsEndpoints.get, { params: { subject } });

export const insightsQueryOptions = (subject: InsightsSubject) => queryOptions({ queryKey: insightsKeys.detail(subject), queryFn: () => getInsights(subject) });

/** The subject's customer insights (CTAs, support tickets, response times, happiness). */
export const useInsights = (subject: InsightsSubject) => useQuery(insightsQueryOptions(subject));
