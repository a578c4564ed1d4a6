import { adminEndpoints } from '@c360/contracts';
import { useMutation } from '@tanstack/react-query';
import { useWriteQueue, type SendWrite } from '@/hooks/use-write-queue';
import { writeOf } from '@/lib/api-client';
import { importKeys } from './get-imports';

/** Where "waiting to send" shows for a cancel of this import. */
export const cancelTarget = (id: string) => `imports:${id}`;

/** Through the write queue (with its Idempotency-Key): a cancel of an import that has ended changes nothing. */
export const cancelImport = (send: SendWrite, id: string) =>
  send(
    { ...writeOf(adminEndpoints.cancelImport, { params: { id } }), target: cancelTarget(id), refresh: [[...importKeys.job(id)], [...importKeys.list]] },
    adminEndpoints.cancelImport.response,
  );

export function useCancelImport(id: string) {
  const { send, isWaiting } = useWriteQueue();
  const mutation = useMutation({ networkMode: 'always', mutationFn: () => cancelImport(send, id) });
  return { ...mutation, waiting: mutation.isPending && isWaiting(cancelTarget(id)) };
}
