import type { ChainableCommander } from 'ioredis';

/** Runs a MULTI and fails if it was aborted or any command in it failed (ioredis resolves those). */
export async function execTransaction(transaction: ChainableCommander): Promise<unknown[]> {
  const replies = await transaction.exec();
  if (!replies) throw new Error('The Redis transaction was aborted');
  const failed = replies.find(([error]) => error !== null);
  if (failed?.[0]) throw failed[0];
  return replies.map(([, value]) => value);
}
