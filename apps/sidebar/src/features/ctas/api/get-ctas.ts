import { ctaEndpoints, type CtaPage, type MeetingSubject } from '@c360/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { apiCall } from '@/lib/api-client';
import { cursorPagesOptions } from '@/lib/cursor-pages';

const PAGE_SIZE = 20;

export type CtaFilter = 'OPEN' | 'ALL';
export type CtaSubject = Pick<MeetingSubject, 'kind' | 'id'>;

/** The CTAs of an activity are listed under its relationship when it has one, else its company. */
export const ctaSubjectOf = (companyId: string | null, relationshipId: string | null): CtaSubject | null =>
  relationshipId !== null ? { kind: 'relationship', id: relationshipId } : companyId !== null ? { kind: 'company', id: companyId } : null;

export interface CtaListScope {
  subject: CtaSubject;
  filter: CtaFilter;
  /** Only the follow-ups created from this activity. */
  activityId?: string;
  /** Only the follow-ups of meetings other than this one (the meeting bar's open commitments). */
  fromMeetingsOtherThan?: string;
}

/** Every cached CTA read starts with `all`, so a create or a close can refresh or patch them all. */
const all = ['ctas'] as const;
export const ctaKeys = {
  all,
  list: ({ subject, filter, activityId, fromMeetingsOtherThan }: CtaListScope) =>
    [...all, subject.kind, subject.id, filter, activityId ?? null, fromMeetingsOtherThan ?? null] as const,
};

export const getCtas = ({ subject, filter, activityId, fromMeetingsOtherThan }: CtaListScope, cursor: string | null): Promise<CtaPage> =>
  apiCall(ctaEndpoints.list, {
    params: { subject },
    query: { limit: String(PAGE_SIZE), status: filter, activityId, fromMeetingsOtherThan, cursor: cursor ?? undefined },
  });

export const ctasQueryOptions = (scope: CtaListScope) => cursorPagesOptions(ctaKeys.list(scope), (cursor) => getCtas(scope, cursor));

/** CTAs open first, then by due date, one keyset page at a time ("Load more"). */
export const useCtas = (scope: CtaListScope, enabled = true) => useInfiniteQuery({ ...ctasQueryOptions(scope), enabled });
