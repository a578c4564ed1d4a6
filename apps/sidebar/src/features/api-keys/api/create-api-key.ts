import { adminEndpoints, type CreateApiKey, type CreatedApiKey } from '@c360/contracts';
import { useMutation, type MutationObserverOptions } from '@tanstack/react-query';
import { useWriteQueue, type SendWrite } from '@/hooks/use-write-queue';
import { writeOf } from '@/lib/api-client';
import { apiKeyKeys } from './get-api-keys';

/** Where "waiting to send" shows for a new key. */
export const NEW_API_KEY_TARGET = 'api-keys:new';

/** Through the write queue (its Idempotency-Key goes with every re-send); the list re-reads once the server has it. */
export const createApiKey = (send: SendWrite, body: CreateApiKey): Promise<CreatedApiKey> =>
  send(
    { ...writeOf(adminEndpoints.createApiKey, { body }), target: NEW_API_KEY_TARGET, refresh: [[...apiKeyKeys.list]] },
    adminEndpoints.createApiKey.response,
  );

/**
 * The create as a mutation that never holds the key: it goes to `onCreated` (the screen's own state, gone
 * when the screen closes) and the mutation keeps only the key's id and name, and nothing once unobserved.
 */
export const createApiKeyMutation = (
  send: SendWrite,
  onCreated: (created: CreatedApiKey) => void,
): MutationObserverOptions<Pick<CreatedApiKey, 'id' | 'name'>, Error, CreateApiKey> => ({
  networkMode: 'always',
  gcTime: 0,
  mutationFn: async (body) => {
    const { key, ...created } = await createApiKey(send, body);
    onCreated({ ...created, key });
    return created;
  },
});

export function useCreateApiKey(onCreated: (created: CreatedApiKey) => void) {
  const { send, isWaiting } = useWriteQueue();
  const mutation = useMutation(createApiKeyMutation(send, onCreated));
  return { ...mutation, waiting: mutation.isPending && isWaiting(NEW_API_KEY_TARGET) };
}
