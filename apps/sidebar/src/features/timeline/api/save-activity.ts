import { activitySchema, type Activity, type CreateActivityInput, type UpdateActivity } from '@c360/contracts';
import { apiRequest } from '../../../lib/api-client';

/** `POST /api/activities`: the same key twice answers with the same activity, so a retry never duplicates. */
export const createActivity = (body: CreateActivityInput, idempotencyKey: string): Promise<Activity> =>
  apiRequest('/api/activities', activitySchema, { method: 'POST', body, headers: { 'Idempotency-Key': idempotencyKey } });

/** `PATCH /api/activities/:id` from `body.version`; a stale version is a 409 carrying the current activity. */
export const updateActivity = (id: string, body: UpdateActivity): Promise<Activity> =>
  apiRequest(`/api/activities/${encodeURIComponent(id)}`, activitySchema, { method: 'PATCH', body });
