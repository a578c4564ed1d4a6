import { apiActivityRecordSchema, apiCtaRecordSchema, apiTicketRecordSchema } from '../domain-api-engagement.ts';
import {
  apiBatchOf,
  apiCompanyBatchSchema,
  apiPersonBatchSchema,
  apiRelationshipRecordSchema,
  apiUpsertResultSchema,
  bulkJobParamsSchema,
} from '../domain-api.ts';
import { IMPORT_MEDIA_TYPES, importJobSchema, startedImportSchema, type ImportObject } from '../imports.ts';
import { below, defineEndpoint, fileSchema } from './define-endpoint.ts';

const bulkJobPath = ({ id }: { id: string }) => `/api/v1/bulk/${encodeURIComponent(id)}`;

/**
 * `/api/v1`, the domain API for integrations, called with an API key. Upserts answer each record on its own;
 * a bulk job takes an import file (the same columns as ⋯ → Import) and is followed until it has ended.
 */
export const domainApiEndpoints = {
  upsertCompanies: defineEndpoint({
    method: 'POST',
    summary: 'Upsert 1 to 50 companies by ExternalId, else by EmailDomain or Name, each answered on its own.',
    path: () => '/api/v1/companies',
    body: apiCompanyBatchSchema,
    response: apiUpsertResultSchema,
  }),
  upsertPeople: defineEndpoint({
    method: 'POST',
    summary: 'Upsert 1 to 50 people by ExternalId, else by Email, each answered on its own.',
    path: () => '/api/v1/people',
    body: apiPersonBatchSchema,
    response: apiUpsertResultSchema,
  }),
  upsertRelationships: defineEndpoint({
    method: 'POST',
    summary: 'Upsert 1 to 50 relationships by ExternalId, else by Name within their company, each answered on its own.',
    path: () => '/api/v1/relationships',
    body: apiBatchOf(apiRelationshipRecordSchema),
    response: apiUpsertResultSchema,
  }),
  upsertCtas: defineEndpoint({
    method: 'POST',
    summary: 'Upsert 1 to 50 CTAs by ExternalId, each answered on its own.',
    path: () => '/api/v1/ctas',
    body: apiBatchOf(apiCtaRecordSchema),
    response: apiUpsertResultSchema,
  }),
  upsertTickets: defineEndpoint({
    method: 'POST',
    summary: 'Upsert 1 to 50 support tickets, with their replies and rating, by ExternalId, each answered on its own.',
    path: () => '/api/v1/tickets',
    body: apiBatchOf(apiTicketRecordSchema),
    response: apiUpsertResultSchema,
  }),
  upsertActivities: defineEndpoint({
    method: 'POST',
    summary: 'Upsert 1 to 50 logged timeline activities by ExternalId, each answered on its own.',
    path: () => '/api/v1/activities',
    body: apiBatchOf(apiActivityRecordSchema),
    response: apiUpsertResultSchema,
  }),
  startBulkJob: defineEndpoint({
    method: 'POST',
    summary: 'Start a bulk job: an import file of one object (the columns of ⋯ → Import), run in the background.',
    path: ({ object }: { object: ImportObject }) => `/api/v1/bulk/${object}`,
    params: bulkJobParamsSchema,
    upload: IMPORT_MEDIA_TYPES,
    status: 202,
    response: startedImportSchema,
  }),
  bulkJob: defineEndpoint({ method: 'GET', summary: 'A bulk job’s state and progress.', path: bulkJobPath, response: importJobSchema }),
  bulkJobResults: defineEndpoint({
    method: 'GET',
    summary: 'A bulk job’s refused rows as CSV (row, column, message), once it has ended.',
    path: below(bulkJobPath, 'results'),
    download: ['text/csv'],
    response: fileSchema,
  }),
} as const;
