import type { z } from 'zod';
import { ApiError, apiRequest, NETWORK_FAILURE } from '@/lib/api-client';

/** An upload that cannot be sent now: it fails at once rather than waiting for a connection. */
export const offlineError = () => new ApiError(NETWORK_FAILURE, { type: 'about:blank', title: 'Offline.', status: NETWORK_FAILURE });

/**
 * The file itself as the body (the server reads UTF-8 or Shift_JIS, comma or tab). Never queued for later:
 * the file is not kept, so offline the upload fails at once and the screen keeps the chosen file.
 */
export function sendImportFile<S extends z.ZodType>(url: string, schema: S, file: Blob): Promise<z.infer<S>> {
  if (!navigator.onLine) return Promise.reject(offlineError());
  return apiRequest(url, schema, { method: 'POST', body: file, headers: { 'content-type': 'text/csv' } });
}
