import { updateZoomAccessSchema, zoomAccessSchema } from '../admin.ts';
import { apiKeyListSchema, createApiKeySchema, createdApiKeySchema } from '../api-keys.ts';
import { EXPORT_PATH, exportQuerySchema } from '../export.ts';
import {
  importJobListSchema,
  importJobSchema,
  importMappingSchema,
  importPreviewQuerySchema,
  importPreviewSchema,
  importQuerySchema,
  importReportSchema,
  IMPORT_MEDIA_TYPES,
  saveImportMappingSchema,
  startedImportSchema,
  type ImportObject,
} from '../imports.ts';
import { domainSettingsSchema, updateDomainSettingsSchema } from '../settings.ts';
import { defineEndpoint, fileSchema, noContentSchema } from './define-endpoint.ts';

/** The domain admin's screens: each is read and replaced whole, the answer being what is stored. */
export const adminEndpoints = {
  zoomAccess: defineEndpoint({ method: 'GET', path: () => '/api/admin/zoom-access', response: zoomAccessSchema }),
  updateZoomAccess: defineEndpoint({ method: 'PUT', path: () => '/api/admin/zoom-access', body: updateZoomAccessSchema, response: zoomAccessSchema }),
  settings: defineEndpoint({ method: 'GET', path: () => '/api/admin/settings', response: domainSettingsSchema }),
  updateSettings: defineEndpoint({ method: 'PUT', path: () => '/api/admin/settings', body: updateDomainSettingsSchema, response: domainSettingsSchema }),
  apiKeys: defineEndpoint({ method: 'GET', path: () => '/api/admin/api-keys', response: apiKeyListSchema }),
  createApiKey: defineEndpoint({ method: 'POST', path: () => '/api/admin/api-keys', body: createApiKeySchema, response: createdApiKeySchema }),
  revokeApiKey: defineEndpoint({
    method: 'DELETE',
    path: ({ id }: { id: string }) => `/api/admin/api-keys/${encodeURIComponent(id)}`,
    response: noContentSchema,
  }),
  // The three uploads send the file itself as the body, not JSON: no body schema.
  checkImport: defineEndpoint({
    method: 'POST',
    path: () => '/api/admin/imports',
    query: importQuerySchema,
    upload: IMPORT_MEDIA_TYPES,
    response: importReportSchema,
  }),
  startImport: defineEndpoint({
    method: 'POST',
    path: () => '/api/admin/imports',
    query: importQuerySchema,
    upload: IMPORT_MEDIA_TYPES,
    status: 202,
    response: startedImportSchema,
  }),
  previewImport: defineEndpoint({
    method: 'POST',
    path: () => '/api/admin/imports/preview',
    query: importPreviewQuerySchema,
    upload: IMPORT_MEDIA_TYPES,
    response: importPreviewSchema,
  }),
  importMapping: defineEndpoint({
    method: 'GET',
    path: ({ object }: { object: ImportObject }) => `/api/admin/imports/mappings/${encodeURIComponent(object)}`,
    response: importMappingSchema,
  }),
  saveImportMapping: defineEndpoint({
    method: 'PUT',
    path: ({ object }: { object: ImportObject }) => `/api/admin/imports/mappings/${encodeURIComponent(object)}`,
    body: saveImportMappingSchema,
    response: importMappingSchema,
  }),
  imports: defineEndpoint({ method: 'GET', path: () => '/api/admin/imports', response: importJobListSchema }),
  importJob: defineEndpoint({ method: 'GET', path: ({ id }: { id: string }) => `/api/admin/imports/${encodeURIComponent(id)}`, response: importJobSchema }),
  cancelImport: defineEndpoint({
    method: 'POST',
    path: ({ id }: { id: string }) => `/api/admin/imports/${encodeURIComponent(id)}/cancel`,
    response: importJobSchema,
  }),
  /** The domain's data as a ZIP of CSV files or as JSON lines, streamed. */
  export: defineEndpoint({
    method: 'GET',
    path: () => EXPORT_PATH,
    query: exportQuerySchema,
    download: ['application/zip', 'application/x-ndjson'],
    response: fileSchema,
  }),
} as const;
