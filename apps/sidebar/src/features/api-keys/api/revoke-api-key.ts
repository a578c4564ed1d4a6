import { adminEndpoints } from '@c360/contracts';
import { useMutation } from '@tanstack/react-query';
import { useWriteQueue, type SendWrite } from '@/hooks/use-write-queue';
import { writeOf } from '@/lib/api-client';
import { apiKeyKeys } from './get-api-keys';

/** Where "waiting to send" shows for a revoke of this key. */
export const revokeTarget = (id: string) => `api-keys:${id}`;

/** Through the write queue: a revoke is sent once the connection allows, and a second one changes nothing. */
export const revokeApiKey = (send: SendWrite, id: string): Promise<void> =>
  send(
    { ...writeOf(adminEndpoints.revokeApiKey, { params: { id } }), target: revokeTarget(id), refresh: [[...apiKeyKeys.list]] },
    adminEndpoints.revokeApiKey.response,
  );

export function useRevokeApiKey() {
  const { send, isWaiting } = useWriteQueue();
  const mutation = useMutation({ networkMode: 'always', mutationFn: (id: string) => revokeApiKey(send, id) });
  const sent = mutation.variables;
  return { ...mutation, waiting: mutation.isPending && sent !== undefined && isWaiting(revokeTarget(sent)) };
}
