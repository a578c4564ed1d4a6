/**
 * Awaits independent reads sent together (one round trip's wait instead of one each). The first of them,
 * in the given order, that failed is thrown, as if they had run one after another: which error a caller
 * sees does not depend on which answer came first.
 */
export async function allInOrder<T extends readonly unknown[]>(promises: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const settled = await Promise.allSettled(promises);
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
