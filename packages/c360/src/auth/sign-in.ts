import { randomBytes } from 'node:crypto';
import type { LoginRequest } from '@c360/contracts';
import { AppError } from '../errors/app-error.ts';
import { assertCan } from '../permissions/can.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { signedInUserSelect, toSignedIn } from './signed-in-user.ts';
import { typedDomainHost } from './typed-domain.ts';
import { assertZoomAppAccess } from './zoom-app-access.ts';

const WRONG_CREDENTIALS = 'The user name, password or domain is not correct.';

// Verifying against this when there is no such user makes a wrong name cost what a wrong password costs,
// so response times do not tell which user names exist.
let dummyHash: Promise<string> | undefined;
const dummyPasswordHash = () => (dummyHash ??= hashPassword(randomBytes(16).toString('hex')));

/** Checks the credentials, the licence and the admin's Zoom-app policy; returns the signed-in user. */
export async function signIn(prisma: PrismaClient, input: LoginRequest) {
  const host = input.domainId === undefined ? typedDomainHost(input.domainUrl!, input.dataCenter!) : undefined;
  const user = await prisma.user.findFirst({
    where: { username: input.username, domain: host === undefined ? { id: input.domainId } : { host } },
    select: { ...signedInUserSelect, passwordHash: true },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !passwordOk) throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
  assertCan(user, 'signIn');
  assertZoomAppAccess(user);
  const { passwordHash: _hash, ...row } = user;
  return toSignedIn(row);
}

export type SignedIn = Awaited<ReturnType<typeof signIn>>;
