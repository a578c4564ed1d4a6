import { z } from 'zod';
import { text } from './text.ts';

/** `POST /api/admin/api-keys`: a name to tell the key apart (e.g. the integration that uses it). */
export const createApiKeySchema = z.object({
  name: text().trim().min(1, 'Give the key a name.').max(100, 'Use at most 100 characters.'),
});
export type CreateApiKey = z.infer<typeof createApiKeySchema>;

/** The answer to a create: the key itself, shown this once (only its hash is stored). */
export const createdApiKeySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  key: z.string(),
});
export type CreatedApiKey = z.infer<typeof createdApiKeySchema>;

/** A key as the admin's list shows it: never the key, only its first characters. */
export const apiKeyViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});
export type ApiKeyView = z.infer<typeof apiKeyViewSchema>;

/** `GET /api/admin/api-keys`: the domain's keys, newest first, revoked ones included (with when). */
export const apiKeyListSchema = z.object({ keys: z.array(apiKeyViewSchema) });
export type ApiKeyList = z.infer<typeof apiKeyListSchema>;
