import { activityRecordingsSchema, recordingSearchResultSchema } from '@c360/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** While Zoom's files are still being fetched, look again this often. */
const PENDING_REFRESH_MS = 10_000;

const recordingsPath = (activityId: string) => `/api/activities/${encodeURIComponent(activityId)}/recordings`;

export const downloadUrlOf = (fileId: string) => `/api/recording-files/${encodeURIComponent(fileId)}/download`;

export const useActivityRecordings = (activityId: string) =>
  useQuery({
    queryKey: ['recordings', activityId],
    queryFn: () => apiRequest(recordingsPath(activityId), activityRecordingsSchema),
    refetchInterval: (query) => (query.state.data?.files.some((file) => file.status === 'PENDING') ? PENDING_REFRESH_MS : false),
  });

export const useRecordingSearch = (activityId: string, q: string) =>
  useQuery({
    queryKey: ['recordings', activityId, 'search', q],
    queryFn: () => apiRequest(`${recordingsPath(activityId)}/search?${new URLSearchParams({ q })}`, recordingSearchResultSchema),
    enabled: q !== '',
    // The previous matches stay on screen while the next ones load, instead of flashing empty.
    placeholderData: keepPreviousData,
  });
