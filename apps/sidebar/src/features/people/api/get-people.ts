import { peopleEndpoints, type PeoplePage, type SubjectRef } from '@c360/contracts';
import { queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiCall } from '@/lib/api-client';
import { cursorPagesOptions } from '@/lib/cursor-pages';

const PAGE_SIZE = 25;

/** Every cached people read starts with `all`, so adding a person can refresh them all. */
const all = ['people'] as const;
export const peopleKeys = {
  all,
  list: (subject: SubjectRef) => [...all, subject.kind, subject.id, 'all'] as const,
  members: (subject: SubjectRef, personIds: readonly string[]) => [...all, subject.kind, subject.id, 'members', personIds] as const,
};

export const getPeople = (subject: SubjectRef, cursor: string | null): Promise<PeoplePage> =>
  apiCall(peopleEndpoints.list, { params: { subject }, query: { limit: String(PAGE_SIZE), cursor: cursor ?? undefined } });

export const peopleQueryOptions = (subject: SubjectRef) => cursorPagesOptions(peopleKeys.list(subject), (cursor) => getPeople(subject, cursor));

/** The subject's people, one keyset page at a time ("Load more"). */
export const usePeople = (subject: SubjectRef, enabled = true) => useInfiniteQuery({ ...peopleQueryOptions(subject), enabled });

/** Of these people (a meeting's matched attendees), the ones who belong to the subject, with titles and roles. */
export function useSubjectMembers(subject: SubjectRef, personIds: readonly string[]) {
  const ids = [...personIds].sort();
  return useQuery(
    queryOptions({
      queryKey: peopleKeys.members(subject, ids),
      queryFn: async () =>
        ids.length === 0 ? [] : (await apiCall(peopleEndpoints.list, { params: { subject }, query: { limit: '100', personIds: ids.join(',') } })).items,
    }),
  );
}
