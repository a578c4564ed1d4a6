// The bench's client of the in-process BFF: signs in and sends JSON requests as the sidebar does.
import { encryptAppContext } from '../apps/zoom-sandbox/src/app-context/encrypt-app-context.ts';
import { BENCH_PASSWORD } from './seed-large.ts';

/** The bench's own Zoom app credentials: the BFF decrypts the app contexts the bench seals with them. */
export const BENCH_ZOOM = { clientId: 'bench-client-id', clientSecret: 'bench-client-secret-not-a-secret' };

export interface BenchBff {
  /** The BFF's origin, for a request the bench reads as a stream (an event stream). */
  baseUrl: string;
  /** A JSON request with that cookie; throws on any answer but 2xx. */
  request(method: string, path: string, withCookie: string, body?: unknown): Promise<unknown>;
  /** Signs the bench user in, in the session of that cookie (if any), as a user would; returns the new cookie. */
  signIn(sessionCookie?: string): Promise<string>;
  /** Opens the Home URL as the Zoom client does in a meeting, with a sealed app context; returns the session cookie. */
  launchInMeeting(meetingUuid: string, zoomUserId: string): Promise<string>;
}

// A response may set the same cookie twice (a session created, then renewed): the last one wins.
const cookiesOf = (res: Response) => {
  const byName = new Map(
    res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0]!)
      .map((pair) => [pair.split('=')[0]!, pair] as const),
  );
  return [...byName.values()].join('; ');
};

/** A client of the BFF at `base`, sending `origin` as the sidebar's pages do (the CSRF check). */
export function benchBff(base: string, origin: string, domainId: string): BenchBff {
  return {
    baseUrl: base,
    request: async (method, path, withCookie, body) => {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: { cookie: withCookie, origin, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text.slice(0, 300)}`);
      return JSON.parse(text) as unknown;
    },
    signIn: async (sessionCookie = '') => {
      const login = await fetch(`${base}/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin, cookie: sessionCookie },
        body: JSON.stringify({ username: 'user0@bench.example', password: BENCH_PASSWORD, domainId }),
      });
      if (!login.ok) throw new Error(`POST /api/login answered ${login.status}: ${await login.text()}`);
      return cookiesOf(login) || sessionCookie;
    },
    launchInMeeting: async (meetingUuid, zoomUserId) => {
      const now = Date.now();
      const context = encryptAppContext(
        {
          typ: 'meeting',
          uid: zoomUserId,
          mid: meetingUuid,
          ts: now,
          exp: now + 120_000,
          attendrole: 'host',
          iss: 'marketplace.zoom.us',
          aud: BENCH_ZOOM.clientId,
          entitlements: [],
        },
        BENCH_ZOOM.clientSecret,
      );
      const home = await fetch(`${base}/zoom/home`, { headers: { 'x-zoom-app-context': context } });
      if (!home.ok) throw new Error(`GET /zoom/home answered ${home.status}`);
      return cookiesOf(home);
    },
  };
}
