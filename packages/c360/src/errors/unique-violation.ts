import { Prisma } from '../store/prisma.ts';

/** The kind a driver adapter gives a unique violation of a raw statement, which Prisma reports as P2010. */
const rawUniqueViolation = (meta: unknown): boolean => {
  const adapterError = (meta as { driverAdapterError?: { cause?: { kind?: unknown } } } | undefined)?.driverAdapterError;
  return adapterError?.cause?.kind === 'UniqueConstraintViolation';
};

/** A write that lost a race on a unique index (Prisma's P2002, or a raw statement's): the caller decides whether to retry or refuse. */
export const isUniqueViolation = (error: unknown): boolean =>
  error instanceof Prisma.PrismaClientKnownRequestError && (error.code === 'P2002' || (error.code === 'P2010' && rawUniqueViolation(error.meta)));
