import autocannon from 'autocannon';
import type { LoadClient } from './sign-in-clients.ts';

/** The share of requests that re-send an earlier key with the same body, as a client whose answer was lost does. */
const RESEND_SHARE = 0.2;
/** Re-sends pick among the user's most recent keys, so some race the first send still in flight. */
const RECENT_KEYS = 8;

export interface KeyRecord {
  username: string;
  /** The exact body of every send of the key. */
  body: string;
  /** 201 answers for the key, and the activity id each carried. */
  acknowledged: number;
  activityIds: Set<string>;
}

export interface LoadResult {
  keys: Map<string, KeyRecord>;
  /** Answered requests that re-sent a key. */
  resends: number;
  statuses: Map<number, number>;
  result: autocannon.Result;
}

interface RequestContext {
  pending?: { key: string; resend: boolean };
}

/** A small seeded generator, so a run's mix of new keys and re-sends is the same each time. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * `connections` concurrent connections create activities for `durationSeconds`, each request as the next signed-in
 * client, with a new Idempotency-Key or (RESEND_SHARE of them) one of that user's recent keys and its same body.
 */
export async function runActivityLoad(options: {
  origin: string;
  clients: LoadClient[];
  companyIds: string[];
  keyPrefix: string;
  connections: number;
  durationSeconds: number;
}): Promise<LoadResult> {
  const { origin, clients, companyIds, keyPrefix } = options;
  const random = seededRandom(13);
  const keys = new Map<string, KeyRecord>();
  const recentByUser = new Map<string, string[]>();
  const statuses = new Map<number, number>();
  let requests = 0;
  let resends = 0;

  const newKey = (client: LoadClient): string => {
    const key = `${keyPrefix}${client.index}-${requests}`;
    const body = JSON.stringify({
      type: 'CALL',
      status: 'LOGGED',
      subject: `Load test call ${requests}`,
      notes: `<p>Logged by load-test client ${client.index}.</p>`,
      activityDate: new Date().toISOString(),
      companyId: companyIds[requests % companyIds.length],
    });
    keys.set(key, { username: client.username, body, acknowledged: 0, activityIds: new Set() });
    const recent = recentByUser.get(client.username) ?? [];
    recent.push(key);
    if (recent.length > RECENT_KEYS) recent.shift();
    recentByUser.set(client.username, recent);
    return key;
  };

  const instance = autocannon({
    url: origin,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        path: '/api/activities',
        setupRequest(request, context) {
          const client = clients[requests % clients.length]!;
          const recent = recentByUser.get(client.username) ?? [];
          const resend = recent.length > 0 && random() < RESEND_SHARE;
          const key = resend ? recent[Math.floor(random() * recent.length)]! : newKey(client);
          requests += 1;
          (context as RequestContext).pending = { key, resend };
          return {
            ...request,
            headers: { 'content-type': 'application/json', origin, cookie: client.cookie, 'idempotency-key': key },
            body: keys.get(key)!.body,
          };
        },
        onResponse(status, body, context) {
          const pending = (context as RequestContext).pending;
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (!pending) return;
          if (pending.resend) resends += 1;
          if (status !== 201) return;
          const record = keys.get(pending.key)!;
          record.acknowledged += 1;
          record.activityIds.add((JSON.parse(body) as { id: string }).id);
        },
      },
    ],
  });
  const result = await instance;
  return { keys, resends, statuses, result };
}
