import { timelineEndpoints, type Activity, type CreateActivityInput, type UpdateActivity } from '@c360/contracts';
import { apiCall } from '@/lib/api-client';

/** `POST /api/activities`: the same key twice answers with the same activity, so a retry never duplicates. */
export const createActivity = (body: CreateActivityInput, idempotencyKey: string): Promise<Activity> =>
  apiCall(timelineEndpoints.create, { body }, { headers: { 'Idempotency-Key': idempotencyKey } });

/** `PATCH /api/activities/:id` from `body.version`; a stale version is a 409 carrying the current activity. */
export const updateActivity = (id: string, body: UpdateActivity): Promise<Activity> => apiCall(timelineEndpoints.update, { params: { id }, body });
