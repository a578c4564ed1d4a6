export { createApiKey, listApiKeys, revokeApiKey } from './manage-api-keys.ts';
export { authenticateApiKey, type ApiKeyCaller } from './authenticate-api-key.ts';
