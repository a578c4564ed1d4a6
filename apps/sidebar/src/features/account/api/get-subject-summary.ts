import { subjectSummaryEndpoints, type SubjectRef, type SubjectSummary } from '@c360/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiCall } from '@/lib/api-client';

/** Every cached summary starts with `all`, so a write elsewhere can refresh them all. */
const all = ['summary'] as const;
export const summaryKeys = { all, detail: (subject: SubjectRef) => [...all, subject.kind, subject.id] as const };

export const getSubjectSummary = (subject: SubjectRef): Promise<SubjectSummary> => apiCall(subjectSummaryEndpoints.get, { params: { subject } });

export const summaryQueryOptions = (subject: SubjectRef) => queryOptions({ queryKey: summaryKeys.detail(subject), queryFn: () => getSubjectSummary(subject) });

/** The company or relationship at a glance. */
export const useSubjectSummary = (subject: SubjectRef) => useQuery(summaryQueryOptions(subject));
