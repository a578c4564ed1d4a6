import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

/** `DELETE /api/activity-drafts/:idempotencyKey`: a cancelled new activity's server draft, if it got that far. */
export const discardDraft = (idempotencyKey: string): Promise<undefined> =>
  apiRequest(`/api/activity-drafts/${encodeURIComponent(idempotencyKey)}`, z.undefined(), { method: 'DELETE' });
