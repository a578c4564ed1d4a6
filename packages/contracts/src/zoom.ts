import { z } from 'zod';
import { isStorableText, text, UNSTORABLE_TEXT_MESSAGE } from './text.ts';

/** `POST /api/zoom/context`: a value from `zoomSdk.getAppContext()`. */
export const zoomContextRequestSchema = z.object({
  context: text().min(1).max(8192),
});
export type ZoomContextRequest = z.infer<typeof zoomContextRequestSchema>;

/** `GET /api/zoom/authorize`: what the sidebar passes to `zoomSdk.authorize()`. */
export const zoomAuthorizeResponseSchema = z.object({
  codeChallenge: z.string(),
  state: z.string(),
});
export type ZoomAuthorizeResponse = z.infer<typeof zoomAuthorizeResponseSchema>;

/** `POST /api/zoom/authorized`: the `onAuthorized` event's values. */
export const zoomAuthorizedRequestSchema = z.object({
  code: text().min(1).max(2048),
  state: text().min(1).max(512),
  redirectUri: z.url().max(2048).refine(isStorableText, UNSTORABLE_TEXT_MESSAGE),
});
export type ZoomAuthorizedRequest = z.infer<typeof zoomAuthorizedRequestSchema>;
