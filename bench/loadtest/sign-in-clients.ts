import { SESSION_COOKIE } from '../../apps/bff/src/session/session.ts';
import { LOAD_PASSWORD, LOAD_USERNAMES } from './load-store.ts';

export interface LoadClient {
  index: number;
  username: string;
  cookie: string;
}

/** Sign-ins run argon2id: a few at a time keeps the BFF's two cores for answering. */
const SIGN_IN_CONCURRENCY = 4;

/**
 * A client's own address, from the IPv6 documentation range, one /64 each: sent as X-Forwarded-For (the local
 * BFF trusts its loopback proxy), so every client has its own sign-in budget, as real users behind a proxy do.
 */
const clientAddress = (index: number) => `2001:db8:${(index + 1).toString(16)}::1`;

async function signIn(origin: string, domainId: string, index: number): Promise<LoadClient> {
  const username = LOAD_USERNAMES[index % LOAD_USERNAMES.length]!;
  const res = await fetch(`${origin}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, 'x-forwarded-for': clientAddress(index) },
    body: JSON.stringify({ username, password: LOAD_PASSWORD, domainId }),
  });
  if (res.status !== 200) throw new Error(`client ${index} could not sign in as ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((header) => header.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error(`client ${index}: no session cookie`);
  return { index, username, cookie: cookie.split(';')[0]! };
}

/** Signs `count` clients in through `POST /api/login`, each with its own session, as the sidebar does. */
export async function signInClients(origin: string, domainId: string, count: number): Promise<LoadClient[]> {
  const clients: LoadClient[] = [];
  for (let start = 0; start < count; start += SIGN_IN_CONCURRENCY) {
    const batch = Array.from({ length: Math.min(SIGN_IN_CONCURRENCY, count - start) }, (_, offset) => signIn(origin, domainId, start + offset));
    clients.push(...(await Promise.all(batch)));
  }
  return clients;
}
