import type { PrismaClient } from '../store/prisma.ts';

/**
 * The only part of the store the matcher touches. Every lookup is one raw SQL statement, so a test can
 * wrap this single function and count the statements a roster costs (the rule: a constant number per
 * roster, never one per participant). A real PrismaClient (or a transaction client) satisfies it.
 */
export type MatchingDb = Pick<PrismaClient, '$queryRaw'>;
