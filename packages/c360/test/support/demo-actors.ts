import { expect } from 'vitest';
import { AppError } from '../../src/errors/app-error.ts';
import type { Actor } from '../../src/permissions/actor.ts';
import type { PrismaClient } from '../../src/store/prisma.ts';

/**
 * A demo user as the domain functions see them, in the production domain of their e-mail's tenant
 * (sam@globex.example → globex) unless another tenant is named (mia@initech.example is in umbrella too).
 */
export async function demoActor(prisma: PrismaClient, email: string, tenant = email.split('@')[1]!.split('.')[0]!): Promise<Actor> {
  const user = await prisma.user.findFirstOrThrow({ where: { email, domain: { tenant, environment: 'PRODUCTION' } } });
  return { id: user.id, domainId: user.domainId, licence: user.licence, isAdmin: user.isAdmin };
}

/** The AppError a promise rejects with (the test fails if it resolves or rejects with anything else). */
export async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
