import {
  apiActivityRecordSchema,
  apiCompanyRecordSchema,
  apiCtaRecordSchema,
  apiPersonRecordSchema,
  apiTicketRecordSchema,
  apiRelationshipRecordSchema,
  confirmParticipantPersonSchema,
  createApiKeySchema,
  importPreviewQuerySchema,
  importQuerySchema,
  saveImportMappingSchema,
  exportQuerySchema,
  createActivitySchema,
  createCommentSchema,
  createCtaSchema,
  ctaQuerySchema,
  loginLookupRequestSchema,
  loginRequestSchema,
  meetingLogsQuerySchema,
  peopleQuerySchema,
  postMeetingLogSchema,
  putRosterSchema,
  putSubjectSchema,
  recordingSearchQuerySchema,
  reportQuerySchema,
  saveAttributeLayoutSchema,
  salesforceLoginRequestSchema,
  searchQuerySchema,
  timelineQuerySchema,
  updateActivitySchema,
  updateAttributesSchema,
  updateCtaSchema,
  updateDomainSettingsSchema,
  updateMeasureSchema,
  updateZoomAccessSchema,
  userQuerySchema,
  zoomAuthorizedRequestSchema,
  zoomContextRequestSchema,
  addPersonSchema,
} from '@c360/contracts';
import { z } from 'zod';

/** Who sends the fuzzed requests: the signed-in host of the test meeting, or nobody. */
export type FuzzActor = 'host' | 'anonymous';

export interface FuzzEntry {
  query?: z.ZodType;
  body?: z.ZodType;
  /** Request headers the route reads, by name. */
  headers?: Record<string, z.ZodType>;
  as?: FuzzActor;
  /** Fuzzed after every other route: it changes who may use the app or signs the actor out. */
  last?: boolean;
}

// For routes without a contract of their own (OAuth callbacks from Zoom and Salesforce, Zoom's webhooks).
const oauthCallbackQuery = z.object({ code: z.string().optional(), state: z.string().optional(), error: z.string().optional() });
const webhookBody = z.object({ event: z.string(), event_ts: z.number(), payload: z.record(z.string(), z.string()) });
// The sidebar sends a uuid; hostile values come mixed in by the generator.
const idempotencyKey = { 'Idempotency-Key': z.uuid() };
const ifMatch = { 'If-Match': z.string() };

/** An upsert of the domain API (issue 17): it takes a key, never the session, and hostile keys are refused before the body is read. */
const domainApiUpsert = (record: z.ZodType): FuzzEntry => ({
  body: z.object({ records: z.array(record).max(50) }),
  headers: { accesskey: z.string() },
  as: 'anonymous',
});

/** A bulk job route of the domain API: only the key is fuzzed (no hostile key is valid, so nothing starts in the background). */
const domainApiKeyOnly: FuzzEntry = { headers: { accesskey: z.string() }, as: 'anonymous' };

/** The same entry for a route's company and relationship forms (`:subject`). */
const forBothSubjects = (route: string, entry: FuzzEntry): Record<string, FuzzEntry> => ({
  [route.replace(':subject', 'companies')]: entry,
  [route.replace(':subject', 'relationships')]: entry,
});

/**
 * What to fuzz on each route: its query, body and headers by their contracts; path parameters are fuzzed by
 * name (fuzz-routes.store.test.ts). A route missing here fails the suite.
 */
export const FUZZ_TABLE: Record<string, FuzzEntry> = {
  'GET /healthz': { as: 'anonymous' },
  'GET /readyz': { as: 'anonymous' },
  'POST /zoom/webhooks': { body: webhookBody, as: 'anonymous' },
  'GET /zoom/home': { headers: { 'x-zoom-app-context': z.string() }, as: 'anonymous' },
  'GET /zoom/install': { as: 'anonymous' },
  'GET /zoom/callback': { query: oauthCallbackQuery, as: 'anonymous' },
  'GET /api/session': {},
  'POST /api/login/lookup': { body: loginLookupRequestSchema, as: 'anonymous' },
  'POST /api/login': { body: loginRequestSchema, as: 'anonymous' },
  'POST /api/logout': { last: true },
  ...forBothSubjects('GET /api/:subject/:id/timeline', { query: timelineQuerySchema }),
  'POST /api/activities': { body: createActivitySchema, headers: idempotencyKey },
  'PATCH /api/activities/:id': { body: updateActivitySchema, headers: ifMatch },
  'DELETE /api/activities/:id': {},
  'DELETE /api/activity-drafts/:idempotencyKey': {},
  'POST /api/activities/:id/comments': { body: createCommentSchema },
  'GET /api/activities/:id/recordings': {},
  'GET /api/activities/:id/recordings/search': { query: recordingSearchQuerySchema },
  'GET /api/recording-files/:id/download': {},
  ...forBothSubjects('GET /api/:subject/:id/scorecard', {}),
  ...forBothSubjects('PUT /api/:subject/:id/scorecard/measures/:measureId', { body: updateMeasureSchema }),
  ...forBothSubjects('GET /api/:subject/:id/insights', {}),
  'GET /api/companies/:id/attributes': {},
  'PATCH /api/companies/:id/attributes': { body: updateAttributesSchema, headers: ifMatch },
  ...forBothSubjects('GET /api/:subject/:id/people', { query: peopleQuerySchema }),
  'POST /api/people': { body: addPersonSchema },
  ...forBothSubjects('GET /api/:subject/:id/ctas', { query: ctaQuerySchema }),
  'POST /api/ctas': { body: createCtaSchema },
  'PATCH /api/ctas/:id': { body: updateCtaSchema },
  'GET /api/users': { query: userQuerySchema },
  ...forBothSubjects('GET /api/:subject/:id', {}),
  'GET /api/search': { query: searchQuerySchema },
  'GET /api/meetings/:meetingUuid': {},
  'PUT /api/meetings/:meetingUuid/roster': { body: putRosterSchema },
  'PUT /api/meetings/:meetingUuid/subject': { body: putSubjectSchema },
  'PUT /api/meetings/:meetingUuid/participants/:participantUuid/person': { body: confirmParticipantPersonSchema },
  'POST /api/meetings/:meetingUuid/opened': {},
  'GET /api/meetings/:meetingUuid/drafts': {},
  'GET /api/meetings/:meetingUuid/transcript': {},
  'GET /api/meetings/:meetingUuid/transcript.txt': {},
  'GET /api/meetings/:meetingUuid/events': {},
  'GET /api/meetings/:meetingUuid/log': {},
  'POST /api/meetings/:meetingUuid/log': { body: postMeetingLogSchema },
  'POST /api/meetings/:meetingUuid/end': {},
  'GET /api/meeting-logs': { query: meetingLogsQuerySchema },
  'GET /api/meeting-logs/:meetingUuid': {},
  'POST /api/meeting-logs/:meetingUuid': { body: postMeetingLogSchema },
  'GET /api/admin/attribute-layout': {},
  'PUT /api/admin/attribute-layout': { body: saveAttributeLayoutSchema },
  'GET /api/admin/settings': {},
  'PUT /api/admin/settings': { body: updateDomainSettingsSchema },
  'GET /api/admin/zoom-access': {},
  'PUT /api/admin/zoom-access': { body: updateZoomAccessSchema, last: true },
  'POST /api/admin/api-keys': { body: createApiKeySchema },
  'GET /api/admin/api-keys': {},
  'DELETE /api/admin/api-keys/:id': {},
  // The dry run only: an import that starts writes in the background, after its answer, which the check that a
  // refused request changed nothing cannot tell from the next route's writes. Its bad input is the dry run's.
  'GET /api/admin/export': { query: exportQuerySchema },
  'POST /api/admin/imports': { query: importQuerySchema.extend({ dryRun: z.literal('true') }) },
  'POST /api/admin/imports/preview': { query: importPreviewQuerySchema },
  'GET /api/admin/imports/mappings/:object': {},
  'PUT /api/admin/imports/mappings/:object': { body: saveImportMappingSchema },
  'GET /api/admin/imports': {},
  'GET /api/admin/imports/:id': {},
  'POST /api/admin/imports/:id/cancel': {},
  'POST /api/v1/companies': domainApiUpsert(apiCompanyRecordSchema),
  'POST /api/v1/people': domainApiUpsert(apiPersonRecordSchema),
  'GET /api/openapi.json': { as: 'anonymous' },
  'GET /api/docs': { as: 'anonymous' },
  'POST /api/v1/bulk/:object': domainApiKeyOnly,
  'GET /api/v1/bulk/:id': domainApiKeyOnly,
  'GET /api/v1/bulk/:id/results': domainApiKeyOnly,
  'POST /api/v1/ctas': domainApiUpsert(apiCtaRecordSchema),
  'POST /api/v1/tickets': domainApiUpsert(apiTicketRecordSchema),
  'POST /api/v1/activities': domainApiUpsert(apiActivityRecordSchema),
  'POST /api/v1/relationships': domainApiUpsert(apiRelationshipRecordSchema),
  'GET /api/reports/events': { query: reportQuerySchema },
  'POST /api/zoom/context': { body: zoomContextRequestSchema },
  'GET /api/zoom/authorize': {},
  'POST /api/zoom/authorized': { body: zoomAuthorizedRequestSchema },
  'GET /api/login/methods': { as: 'anonymous' },
  'GET /auth/salesforce': { as: 'anonymous' },
  'GET /auth/salesforce/callback': { query: oauthCallbackQuery, as: 'anonymous' },
  'POST /api/login/salesforce': { body: salesforceLoginRequestSchema },
  'GET /{*page}': { as: 'anonymous' },
};
