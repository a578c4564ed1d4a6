import { meetingDraftsSchema } from '../meetings.ts';
import { subjectPath } from '../subject.ts';
import {
  activityCommentSchema,
  activitySchema,
  createActivitySchema,
  createCommentSchema,
  timelinePageSchema,
  timelineQuerySchema,
  updateActivitySchema,
} from '../timeline.ts';
import { below, defineEndpoint, noContentSchema } from './define-endpoint.ts';
import { meetingPath } from './meetings.ts';
import type { OfSubject } from './subject-params.ts';

interface OfActivity {
  id: string;
}

const activityPath = ({ id }: OfActivity) => `/api/activities/${encodeURIComponent(id)}`;

export const timelineEndpoints = {
  list: defineEndpoint({
    method: 'GET',
    path: ({ subject }: OfSubject) => subjectPath(subject, 'timeline'),
    query: timelineQuerySchema,
    response: timelinePageSchema,
  }),
  /** The same `Idempotency-Key` twice answers with the same activity, so a retry never duplicates. */
  create: defineEndpoint({ method: 'POST', path: () => '/api/activities', body: createActivitySchema, response: activitySchema }),
  /** From `body.version`; a stale version is a 409 carrying the current activity. */
  update: defineEndpoint({ method: 'PATCH', path: activityPath, body: updateActivitySchema, response: activitySchema }),
  delete: defineEndpoint({ method: 'DELETE', path: activityPath, response: noContentSchema }),
  addComment: defineEndpoint({ method: 'POST', path: below(activityPath, 'comments'), body: createCommentSchema, response: activityCommentSchema }),
  /** A cancelled new activity's server draft, by the `Idempotency-Key` it was created with. */
  discardDraft: defineEndpoint({
    method: 'DELETE',
    path: ({ idempotencyKey }: { idempotencyKey: string }) => `/api/activity-drafts/${encodeURIComponent(idempotencyKey)}`,
    response: noContentSchema,
  }),
  /** The user's own drafts of a meeting, newest first. */
  meetingDrafts: defineEndpoint({ method: 'GET', path: below(meetingPath, 'drafts'), response: meetingDraftsSchema }),
} as const;
