import { useQuery } from '@tanstack/react-query';
import { getMeetingContext } from '@/lib/zoom-sdk';

/** Host and co-hosts only: the topic Zoom knows, for the roster (the default subject of a logged meeting). */
export function useMeetingTopic(enabled: boolean) {
  return useQuery({
    queryKey: ['zoom', 'meeting-context'],
    queryFn: getMeetingContext,
    enabled,
    staleTime: Infinity,
    retry: false,
    select: (context) => context.meetingTopic,
  });
}
