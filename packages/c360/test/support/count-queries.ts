import type { PrismaClient } from '../../src/store/prisma.ts';

/** A client counting the statements sent through it (model operations and raw queries): a read's number of them must not grow with its input. */
export function countingQueries(prisma: PrismaClient): { client: PrismaClient; count: () => number } {
  let calls = 0;
  const client = prisma.$extends({ query: { $allOperations: ({ args, query }) => ((calls += 1), query(args)) } });
  return { client: client as unknown as PrismaClient, count: () => calls };
}
