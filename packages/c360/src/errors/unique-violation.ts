import { Prisma } from '../store/prisma.ts';

/** A write that lost a race on a unique index (Prisma's P2002): the caller decides whether to retry or refuse. */
export const isUniqueViolation = (error: unknown): boolean => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
