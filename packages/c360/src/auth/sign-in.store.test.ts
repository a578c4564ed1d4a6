import { describe, expect, vi } from 'vitest';
import { fileStoreOf, storeTest as it } from '../../test/support/index.ts';
import type { AppError } from '../errors/app-error.ts';
import { DEMO_PASSWORD } from '../seed/index.ts';
import { lookupSignIn } from './lookup-sign-in.ts';
import { verifyPassword } from './password.ts';
import type * as Password from './password.ts';
import { signIn } from './sign-in.ts';

// Watched, not replaced: sign-in still verifies for real, and the test sees which hash it verified against.
vi.mock('./password.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof Password>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});

const file = fileStoreOf(it);

const domainId = async (host: string) => (await file.store.prisma.domain.findUniqueOrThrow({ where: { host } })).id;
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: AppError) => ({ code: error.code, message: error.message, errors: error.errors }),
  );

describe('the sign-in lookup (SPEC §3)', () => {
  it('sends a one-domain user straight to the password', async () => {
    expect(await lookupSignIn(file.store.prisma, { username: 'alex@acme.example' })).toEqual({
      next: 'password',
      domains: [{ id: await domainId('acme.gainsightcloud.com'), host: 'acme.gainsightcloud.com', environment: 'PRODUCTION', name: 'Acme' }],
    });
  });

  it('lets a user of one domain with two environments choose, production first', async () => {
    const answer = await lookupSignIn(file.store.prisma, { username: 'sam@globex.example' });
    expect(answer.next).toBe('choose-domain');
    expect(answer.next === 'choose-domain' && answer.domains.map((d) => [d.host, d.environment])).toEqual([
      ['globex.us2.gainsightcloud.com', 'PRODUCTION'],
      ['globex-sandbox.us2.gainsightcloud.com', 'SANDBOX'],
    ]);
  });

  it('asks a user of several domains, and an unknown name alike, to type the domain', async () => {
    expect(await lookupSignIn(file.store.prisma, { username: 'mia@initech.example' })).toEqual({ next: 'enter-domain' });
    expect(await lookupSignIn(file.store.prisma, { username: 'nobody@nowhere.example' })).toEqual({ next: 'enter-domain' });
  });

  it('tells mia on the domain step that her EU domain is not a US1 one, before any password', async () => {
    const refused = await failure(
      lookupSignIn(file.store.prisma, { username: 'mia@initech.example', domainUrl: 'initech.eu.gainsightcloud.com', dataCenter: 'US1' }),
    );
    expect(refused.code).toBe('VALIDATION');
    expect(refused.errors).toEqual([{ path: 'domainUrl', message: expect.stringContaining('is not a US1 domain') }]);
  });

  it('sends a typed domain that fits its data centre to the password, the same for an unknown name', async () => {
    const typed = { domainUrl: 'https://Initech.eu.gainsightcloud.com/', dataCenter: 'EU' } as const;
    const expected = { next: 'password-typed-domain', host: 'initech.eu.gainsightcloud.com', dataCenter: 'EU' };
    expect(await lookupSignIn(file.store.prisma, { username: 'mia@initech.example', ...typed })).toEqual(expected);
    expect(await lookupSignIn(file.store.prisma, { username: 'nobody@nowhere.example', ...typed })).toEqual(expected);
  });
});

describe('signing in', () => {
  it('accepts the right password for the chosen domain', async () => {
    const signed = await signIn(file.store.prisma, {
      username: 'sam@globex.example',
      password: DEMO_PASSWORD,
      domainId: await domainId('globex-sandbox.us2.gainsightcloud.com'),
    });
    // The session view, the ⋯ menu's account entry and the header's sandbox badge read these.
    expect(signed.domain).toMatchObject({ host: 'globex-sandbox.us2.gainsightcloud.com', environment: 'SANDBOX', dataCenter: 'US2' });
    expect(signed.user).toMatchObject({ username: 'sam@globex.example', licence: 'FULL' });
    expect(signed.user).not.toHaveProperty('passwordHash');
  });

  it('accepts a typed domain URL that matches its data centre', async () => {
    const signed = await signIn(file.store.prisma, {
      username: 'mia@initech.example',
      password: DEMO_PASSWORD,
      domainUrl: 'https://initech.eu.gainsightcloud.com/',
      dataCenter: 'EU',
    });
    expect(signed.domain.host).toBe('initech.eu.gainsightcloud.com');
  });

  it('names the domain field when the URL does not match the data centre', async () => {
    const refused = await failure(
      signIn(file.store.prisma, { username: 'mia@initech.example', password: DEMO_PASSWORD, domainUrl: 'initech.eu.gainsightcloud.com', dataCenter: 'US1' }),
    );
    expect(refused.code).toBe('VALIDATION');
    expect(refused.errors).toEqual([{ path: 'domainUrl', message: expect.stringContaining('is not a US1 domain') }]);
  });

  it('gives one generic answer for a wrong password, an unknown name and a wrong domain', async () => {
    const acme = await domainId('acme.gainsightcloud.com');
    const answers = await Promise.all([
      failure(signIn(file.store.prisma, { username: 'alex@acme.example', password: 'wrong', domainId: acme })),
      failure(signIn(file.store.prisma, { username: 'nobody@acme.example', password: DEMO_PASSWORD, domainId: acme })),
      failure(signIn(file.store.prisma, { username: 'alex@acme.example', password: DEMO_PASSWORD, domainId: await domainId('umbrella.gainsightcloud.com') })),
    ]);
    for (const answer of answers)
      expect(answer).toEqual({ code: 'UNAUTHENTICATED', message: 'The user name, password or domain is not correct.', errors: undefined });
  });

  it('does the same argon2id work for an unknown user name as for a wrong password', async () => {
    const acme = await domainId('acme.gainsightcloud.com');
    const verified = vi.mocked(verifyPassword);
    // The PHC string's algorithm, version and cost (memory, passes, lanes): what one verification costs.
    const costOf = (hash: string) => hash.split('$').slice(1, 4).join('$');
    const hashVerifiedFor = async (username: string) => {
      verified.mockClear();
      await failure(signIn(file.store.prisma, { username, password: 'wrong-password', domainId: acme }));
      expect(verified).toHaveBeenCalledTimes(1);
      return verified.mock.calls[0]![0];
    };
    const known = await hashVerifiedFor('alex@acme.example');
    const unknown = await hashVerifiedFor('nobody@acme.example');
    // Without the dummy hash the unknown name would verify nothing and answer far sooner.
    expect(unknown).not.toBe(known);
    expect(costOf(unknown)).toBe(costOf(known));
    expect(costOf(known)).toMatch(/^argon2id\$v=19\$m=\d+,t=\d+,p=\d+$/);
  });

  it('refuses a licence that may not sign in, saying which licence is needed', async () => {
    const refused = await failure(
      signIn(file.store.prisma, { username: 'ian@acme.example', password: DEMO_PASSWORD, domainId: await domainId('acme.gainsightcloud.com') }),
    );
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toBe('Your Internal Collaborator licence cannot sign in to the Zoom app: it needs a Full, Viewer+ or Viewer licence.');
  });

  it("follows the admin's Zoom-app policy", async () => {
    const acme = await domainId('acme.gainsightcloud.com');
    const as = (username: string) => signIn(file.store.prisma, { username, password: DEMO_PASSWORD, domainId: acme });
    await file.store.prisma.domain.update({ where: { id: acme }, data: { zoomAccessPolicy: 'SELECTED_USERS' } });
    await file.store.prisma.user.update({ where: { domainId_username: { domainId: acme, username: 'vera@acme.example' } }, data: { zoomAppAllowed: false } });
    expect((await failure(as('vera@acme.example'))).message).toMatch(/only to selected users/);
    expect((await as('alex@acme.example')).user.username).toBe('alex@acme.example');
    await file.store.prisma.domain.update({ where: { id: acme }, data: { zoomAccessPolicy: 'NOBODY' } });
    expect((await failure(as('paul@acme.example'))).message).toBe('Your administrator has turned off the Zoom app for Acme.');
    // The administrator is never shut out: they set the policy from the Zoom app and may need to undo it.
    expect((await as('alex@acme.example')).user.isAdmin).toBe(true);
    await file.store.prisma.domain.update({ where: { id: acme }, data: { zoomAccessPolicy: 'ALL_LICENSED' } });
  });
});
