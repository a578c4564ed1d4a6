import { ctaPageSchema, type CtaPage, type MeetingSubject } from '@c360/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

const PAGE_SIZE = 20;

export type CtaFilter = 'OPEN' | 'ALL';
export type CtaSubject = Pick<MeetingSubject, 'kind' | 'id'>;

/** Every cached CTA read starts with this, so a create or a close can refresh or patch them all. */
export const ctasRootKey = ['ctas'] as const;

export interface CtaListScope {
  subject: CtaSubject;
  filter: CtaFilter;
  /** Only the follow-ups created from this activity. */
  activityId?: string;
}

export function getCtas({ subject, filter, activityId }: CtaListScope, cursor: string | null): Promise<CtaPage> {
  const query = new URLSearchParams({ limit: String(PAGE_SIZE), status: filter });
  if (activityId !== undefined) query.set('activityId', activityId);
  if (cursor !== null) query.set('cursor', cursor);
  const base = subject.kind === 'company' ? 'companies' : 'relationships';
  return apiRequest(`/api/${base}/${encodeURIComponent(subject.id)}/ctas?${query}`, ctaPageSchema);
}

export const ctasQueryOptions = (scope: CtaListScope) =>
  infiniteQueryOptions({
    queryKey: [...ctasRootKey, scope.subject.kind, scope.subject.id, scope.filter, scope.activityId ?? null] as const,
    queryFn: ({ pageParam }) => getCtas(scope, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

/** CTAs open first, then by due date, one keyset page at a time ("Load more"). */
export const useCtas = (scope: CtaListScope, enabled = true) => useInfiniteQuery({ ...ctasQueryOptions(scope), enabled });
