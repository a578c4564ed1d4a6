import { peoplePageSchema, type MeetingSubject, type PeoplePage } from '@c360/contracts';
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

const PAGE_SIZE = 25;

type Subject = Pick<MeetingSubject, 'kind' | 'id'>;

/** Every cached people read starts with this, so adding a person can refresh them all. */
export const peopleRootKey = ['people'] as const;

const peoplePath = (subject: Subject, query: URLSearchParams) =>
  `/api/${subject.kind === 'company' ? 'companies' : 'relationships'}/${encodeURIComponent(subject.id)}/people?${query}`;

export function getPeople(subject: Subject, cursor: string | null): Promise<PeoplePage> {
  const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (cursor !== null) query.set('cursor', cursor);
  return apiRequest(peoplePath(subject, query), peoplePageSchema);
}

export const peopleQueryOptions = (subject: Subject) =>
  infiniteQueryOptions({
    queryKey: [...peopleRootKey, subject.kind, subject.id, 'all'] as const,
    queryFn: ({ pageParam }) => getPeople(subject, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

/** The subject's people, one keyset page at a time ("Load more"). */
export const usePeople = (subject: Subject, enabled = true) => useInfiniteQuery({ ...peopleQueryOptions(subject), enabled });

/** Of these people (a meeting's matched attendees), the ones who belong to the subject, with titles and roles. */
export function useSubjectMembers(subject: Subject, personIds: readonly string[]) {
  const ids = [...personIds].sort();
  return useQuery(
    queryOptions({
      queryKey: [...peopleRootKey, subject.kind, subject.id, 'members', ids] as const,
      queryFn: async () =>
        ids.length === 0 ? [] : (await apiRequest(peoplePath(subject, new URLSearchParams({ limit: '100', personIds: ids.join(',') })), peoplePageSchema)).items,
    }),
  );
}
