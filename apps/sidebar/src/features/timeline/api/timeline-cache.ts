import type { Activity, TimelinePage } from '@c360/contracts';
import type { InfiniteData, QueryClient, QueryKey } from '@tanstack/react-query';
import { timelineKeys } from './timeline-keys';

// Reads a key made by timelineKeys.list: ['timeline', kind, id, filter].
const showsActivity = ([, kind, id, filter]: QueryKey, activity: Activity) =>
  (filter === 'ALL' || filter === activity.type) &&
  (kind === 'company' ? activity.companyId === id : kind === 'relationship' && activity.relationshipId === id);

/**
 * Shows a saved activity at once: replaced where a timeline already lists it, otherwise on top of each
 * timeline that shows it (newest first, and a just-logged activity is what the user looks for).
 */
export function upsertActivity(queryClient: QueryClient, activity: Activity): void {
  for (const [key, data] of queryClient.getQueriesData<InfiniteData<TimelinePage>>({ queryKey: timelineKeys.all })) {
    if (!data) continue;
    const listed = data.pages.some((page) => page.items.some((item) => item.id === activity.id));
    if (!listed && !showsActivity(key, activity)) continue;
    const pages = listed
      ? data.pages.map((page) => ({ ...page, items: page.items.map((item) => (item.id === activity.id ? activity : item)) }))
      : data.pages.map((page, index) => (index === 0 ? { ...page, items: [activity, ...page.items] } : page));
    queryClient.setQueryData<InfiniteData<TimelinePage>>(key, { ...data, pages });
  }
}

/** Any write may move entries between pages: refetch what is cached. */
export const refreshTimelines = (queryClient: QueryClient) =>
  Promise.all([queryClient.invalidateQueries({ queryKey: timelineKeys.all }), queryClient.invalidateQueries({ queryKey: timelineKeys.allMeetingDrafts })]);
