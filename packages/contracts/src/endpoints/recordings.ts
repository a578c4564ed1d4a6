import { activityRecordingsSchema, recordingSearchQuerySchema, recordingSearchResultSchema } from '../recordings.ts';
import { below, defineEndpoint } from './define-endpoint.ts';

interface OfActivity {
  activityId: string;
}

const recordingsPath = ({ activityId }: OfActivity) => `/api/activities/${encodeURIComponent(activityId)}/recordings`;

export const recordingEndpoints = {
  list: defineEndpoint({ method: 'GET', path: recordingsPath, response: activityRecordingsSchema }),
  search: defineEndpoint({ method: 'GET', path: below(recordingsPath, 'search'), query: recordingSearchQuerySchema, response: recordingSearchResultSchema }),
} as const;
