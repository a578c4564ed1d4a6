import { activityRecordingsSchema, recordingSearchQuerySchema, recordingSearchResultSchema } from '../recordings.ts';
import { below, defineEndpoint, fileSchema } from './define-endpoint.ts';

interface OfActivity {
  activityId: string;
}

const recordingsPath = ({ activityId }: OfActivity) => `/api/activities/${encodeURIComponent(activityId)}/recordings`;

export const recordingEndpoints = {
  list: defineEndpoint({ method: 'GET', path: recordingsPath, response: activityRecordingsSchema }),
  /** A recording's transcript (WebVTT) or chat (text), as a download. */
  downloadFile: defineEndpoint({
    method: 'GET',
    path: ({ id }: { id: string }) => `/api/recording-files/${encodeURIComponent(id)}/download`,
    download: ['text/vtt', 'text/plain'],
    response: fileSchema,
  }),
  search: defineEndpoint({ method: 'GET', path: below(recordingsPath, 'search'), query: recordingSearchQuerySchema, response: recordingSearchResultSchema }),
} as const;
