import { z } from 'zod';
import { gainsightSessionSchema } from './login.ts';
import { salesforceDomainChoiceSchema } from './salesforce-login.ts';

/** What the BFF knows of the Zoom side of this browser's session (from a verified app context). */
export const zoomSessionSchema = z.object({
  /** The Zoom user id; null for a guest (no `uid` in the context) until in-client authorization. */
  userId: z.string().nullable(),
  /** The meeting the sidebar was opened in, if any. */
  meetingUuid: z.string().nullable(),
  /** Where the app runs (`meeting`, `panel`, `webinar`, `chat`). */
  surface: z.string().nullable(),
  /** The user's role in the meeting (`host`, `co-host`, `participant`, …). */
  role: z.string().nullable(),
  /** The Zoom user has installed the app, so the BFF holds tokens for them. */
  installed: z.boolean(),
});
export type ZoomSession = z.infer<typeof zoomSessionSchema>;

/** `GET /api/session` (SPEC §3), and the answer of `POST /api/login`. */
export const sessionViewSchema = z.object({
  zoom: zoomSessionSchema.nullable(),
  gainsight: gainsightSessionSchema.nullable(),
  /** Present when a Gainsight sign-in exists but no longer admits its user (licence or admin policy). */
  refused: z.object({ reason: z.string() }).optional(),
  /** Present while a "Sign in with Salesforce" waits for the user to pick a domain (`POST /api/login/salesforce`). */
  salesforceChoice: salesforceDomainChoiceSchema.optional(),
});
export type SessionView = z.infer<typeof sessionViewSchema>;
