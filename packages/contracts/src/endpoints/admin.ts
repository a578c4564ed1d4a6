import { updateZoomAccessSchema, zoomAccessSchema } from '../admin.ts';
import { apiKeyListSchema, createApiKeySchema, createdApiKeySchema } from '../api-keys.ts';
import { domainSettingsSchema, updateDomainSettingsSchema } from '../settings.ts';
import { defineEndpoint, noContentSchema } from './define-endpoint.ts';

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
} as const;
