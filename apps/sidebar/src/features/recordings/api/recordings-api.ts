import { recordingEndpoints } from '@c360/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiCall } from '@/lib/api-client';

/** While Zoom's files are still being fetched, look again this often. */
const PENDING_REFRESH_MS = 10_000;

export const recordingKeys = {
  list: (activityId: string) => ['recordings', activityId] as const,
  search: (activityId: string, q: string) => ['recordings', activityId, 'search', q] as const,
};

export const downloadUrlOf = (fileId: string) => `/api/recording-files/${encodeURIComponent(fileId)}/download`;

export const useActivityRecordings = (activityId: string) =>
  useQuery({
    queryKey: recordingKeys.list(activityId),
    queryFn: () => apiCall(recordingEndpoints.list, { params: { activityId } }),
    refetchInterval: (query) => (query.state.data?.files.some((file) => file.status === 'PENDING') ? PENDING_REFRESH_MS : false),
  });

export const useRecordingSearch = (activityId: string, q: string) =>
  useQuery({
    queryKey: recordingKeys.search(activityId, q),
    queryFn: () => apiCall(recordingEndpoints.search, { params: { activityId }, query: { q } }),
    enabled: q !== '',
    // The previous matches stay on screen while the next ones load, instead of flashing empty.
    placeholderData: keepPreviousData,
  });
