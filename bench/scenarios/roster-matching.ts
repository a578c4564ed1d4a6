// Roster matching: internal users, known persons, company domains, names only, strangers. A roster is matched
// once per change (its PUT) and the match kept: reads serve it, and a join reaches the other sidebars matched.
import type pg from 'pg';
import type { MeetingView } from '../../packages/contracts/src/meetings.ts';
import { matchRoster, type RosterParticipant } from '../../packages/c360/src/matching/match-roster.ts';
import { trigramMatcher } from '../../packages/c360/src/matching/trigram-similarity.ts';
import { readMeeting, saveRoster } from '../../packages/c360/src/meetings/meeting-store.ts';
import { companyDomain, personEmail, personName, SIZES } from '../seed-large.ts';
import { log, measure } from '../timing.ts';
import type { Bench, Scenario } from './scenario.ts';
import { rawTransaction } from '../raw-transaction.ts';

/** The roster as the host's sidebar sends it. */
const rosterBody = (participants: RosterParticipant[]) => ({
  participants: participants.map((p, index) => ({ ...p, role: index === 0 ? 'host' : 'attendee' })),
});

export const rosterMatching: Scenario = async (bench) => {
  const { domainId, bff, prisma, raw, iters } = bench;
  log('roster matching…');
  const large = [0, 1, 2].map((variant) => buildRoster(variant));
  const small = [0, 1, 2].map((variant) => smallRoster(variant));
  const rawArgs = await Promise.all(large.map((participants) => rawMatchArgs(bench, participants)));

  // One meeting per roster, each with its own host sidebar, which sends the roster once.
  const openMeeting = async (meetingUuid: string, zoomUserId: string, participants: RosterParticipant[]) => {
    const cookie = await bff.signIn(await bff.launchInMeeting(meetingUuid, zoomUserId));
    await bff.request('PUT', meetingPath(meetingUuid, '/roster'), cookie, rosterBody(participants));
    return { meetingUuid, cookie };
  };
  const largeMeetings = await Promise.all(large.map((roster, v) => openMeeting(`bench-meeting-${v}==`, `bench-zoom-user-${v}`, roster)));
  const smallMeetings = await Promise.all(small.map((roster, v) => openMeeting(`bench-small-meeting-${v}==`, `bench-zoom-small-${v}`, roster)));
  const readRow = async (meetings: typeof largeMeetings, size: string) => {
    const n = iters(45);
    const pick = (i: number) => meetings[i % meetings.length]!;
    return {
      scenario: `match a ${size}-participant roster: GET /api/meetings/:uuid`,
      bff: await measure(n, 3, (i) => bff.request('GET', meetingPath(pick(i).meetingUuid), pick(i).cookie)),
      domain: await measure(n, 3, (i) => readMeeting(prisma, { domainId, meetingUuid: pick(i).meetingUuid })),
      raw: await measure(n, 3, (i) => rawReadMeeting(raw, domainId, pick(i).meetingUuid)),
    };
  };
  const first = await matchRoster(prisma, { domainId, participants: large[0]! });
  const results = [
    {
      ...(await readRow(largeMeetings, '1 000')),
      note:
        `the match stored at the roster's PUT is served (raw: the meeting row with its stored match, and its participants); roster 0 → ` +
        `${JSON.stringify(countKinds(first.participants.map((m) => m.kind)))}, suggested ${first.suggestedCompany?.name} (${first.suggestedCompany?.matchedParticipants} addresses)`,
    },
    await readRow(smallMeetings, '10'),
    {
      scenario: 'match a 1 000-participant roster when it changes (matchRoster)',
      domain: await measure(iters(25), 2, (i) => matchRoster(prisma, { domainId, participants: large[i % large.length]! })),
      raw: await measure(iters(25), 2, (i) => rawMatch(raw, domainId, rawArgs[i % rawArgs.length]!)),
      note: 'users, persons and companies (lower(emailDomain) index) in parallel, then one statement with the trigram sets of the names and of the suggested company’s 1 010 contacts, scored in memory',
    },
    await joinRow(bench, 10, small[0]!.slice(0, 9)),
    await joinRow(bench, 1000, large[0]!.slice(0, 999)),
  ];
  return results;
};

/**
 * A known person joins a meeting of `size` participants: the host's sidebar PUTs the roster, and a second
 * sidebar of the meeting, following its event stream, waits for the event that carries the joiner matched.
 * Each iteration's joiner replaces the previous one (one joins as the other leaves).
 */
async function joinRow({ domainId, bff, prisma, raw, iters }: Bench, size: number, base: RosterParticipant[]) {
  const joinerOf = (i: number): RosterParticipant => {
    const j = 5_000 + i * 7_919;
    const { first, last } = personName(j);
    return { participantUuid: `joiner-${i}`, displayName: `${first} ${last}`, email: personEmail(j) };
  };
  const meetingUuid = `bench-join-${size}==`;
  const host = await bff.signIn(await bff.launchInMeeting(meetingUuid, `bench-zoom-join-host-${size}`));
  await bff.request('PUT', meetingPath(meetingUuid, '/roster'), host, rosterBody(base));
  const viewer = await bff.signIn(await bff.launchInMeeting(meetingUuid, `bench-zoom-join-viewer-${size}`));
  const stream = await followMeeting(bff.baseUrl, meetingPath(meetingUuid, '/events'), viewer);
  const n = iters(25);
  try {
    const latency = await measure(n, 3, async (i) => {
      const joiner = joinerOf(i);
      const matched = stream.next((view) => view.participants.some((p) => p.participantUuid === joiner.participantUuid && p.match.kind === 'person'));
      await bff.request('PUT', meetingPath(meetingUuid, '/roster'), host, rosterBody([...base, joiner]));
      await matched;
    });
    const domainMeeting = { domainId, meetingUuid: `bench-join-domain-${size}==` };
    const rawMeeting = `bench-join-raw-${size}==`;
    // The joiner is a known person: it adds its address and domain to the base roster's lookups.
    const baseArgs = await rawMatchArgs({ domainId, prisma }, base);
    const rawArgsOf = (i: number): RawMatchArgs => {
      const email = joinerOf(i).email!;
      return { ...baseArgs, emails: [...baseArgs.emails, email], domains: [...new Set([...baseArgs.domains, email.slice(email.lastIndexOf('@') + 1)])] };
    };
    return {
      scenario: `join → matched in every open sidebar, ${size} participants (PUT roster → SSE event)`,
      bff: latency,
      domain: await measure(n, 3, async (i) => {
        await saveRoster(prisma, domainMeeting, rosterBody([...base, joinerOf(i)]));
        return readMeeting(prisma, domainMeeting);
      }),
      raw: await measure(n, 3, async (i) => {
        await rawReplaceRoster(raw, domainId, rawMeeting, [...base, joinerOf(i)]);
        return rawMatch(raw, domainId, rawArgsOf(i));
      }),
      ...(size === 1000
        ? {
            note: 'BFF: from the PUT to the event in another sidebar; domain: saveRoster + readMeeting (matches once); raw: replace the rows, then the match statements',
          }
        : {}),
    };
  } finally {
    stream.close();
  }
}

const meetingPath = (meetingUuid: string, rest = '') => `/api/meetings/${encodeURIComponent(meetingUuid)}${rest}`;

/** A sidebar's event stream: `next` answers the first meeting event from now on that satisfies the test. */
async function followMeeting(baseUrl: string, path: string, cookie: string) {
  const abort = new AbortController();
  const res = await fetch(`${baseUrl}${path}`, { headers: { cookie }, signal: abort.signal });
  if (!res.ok || !res.body) throw new Error(`GET ${path} answered ${res.status}`);
  const waiting: Array<{ test: (view: MeetingView) => boolean; resolve: (view: MeetingView) => void }> = [];
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
      if (done) return;
      buffer += value;
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (!block.startsWith('event: meeting\n')) continue;
        const view = JSON.parse(block.slice(block.indexOf('\ndata: ') + 7)) as MeetingView;
        for (const [index, waiter] of [...waiting.entries()].reverse()) {
          if (!waiter.test(view)) continue;
          waiting.splice(index, 1);
          waiter.resolve(view);
        }
      }
    }
  })();
  return {
    next: (test: (view: MeetingView) => boolean) => new Promise<MeetingView>((resolve) => waiting.push({ test, resolve })),
    close: () => abort.abort(),
  };
}

/** The reads of GET /api/meetings/:uuid on `pg`: the meeting with its subject and stored match, and its participants. */
async function rawReadMeeting(raw: pg.Pool, domainId: string, meetingUuid: string) {
  return Promise.all([
    raw.query(
      `SELECT m."id", m."meetingUuid", m."topic", m."updatedAt", m."logState", m."rosterMatch", c."id" AS "companyId", c."name" AS "companyName",
              r."id" AS "relationshipId", r."name" AS "relationshipName", rc."name" AS "relationshipCompanyName"
       FROM "Meeting" m
       LEFT JOIN "Company" c ON c."id" = m."companyId"
       LEFT JOIN "Relationship" r ON r."id" = m."relationshipId"
       LEFT JOIN "Company" rc ON rc."id" = r."companyId"
       WHERE m."domainId" = $1::uuid AND m."meetingUuid" = $2`,
      [domainId, meetingUuid],
    ),
    raw.query(
      `SELECT mp."participantUuid", mp."displayName", mp."email", mp."role", mp."personId"
       FROM "MeetingParticipant" mp JOIN "Meeting" m ON m."id" = mp."meetingId"
       WHERE m."domainId" = $1::uuid AND m."meetingUuid" = $2`,
      [domainId, meetingUuid],
    ),
  ]);
}

/** A roster's rows replaced in one transaction, the meeting created on its first roster. */
async function rawReplaceRoster(raw: pg.Pool, domainId: string, meetingUuid: string, participants: RosterParticipant[]) {
  await rawTransaction(raw, async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "Meeting" ("id", "domainId", "meetingUuid", "version", "createdAt", "updatedAt")
     VALUES (gen_random_uuid(), $1::uuid, $2, 1, now(), now())
     ON CONFLICT ("domainId", "meetingUuid") DO UPDATE SET "version" = "Meeting"."version" + 1, "updatedAt" = now()
     RETURNING "id"`,
      [domainId, meetingUuid],
    );
    await client.query(`DELETE FROM "MeetingParticipant" WHERE "meetingId" = $1::uuid`, [rows[0]!.id]);
    await client.query(
      `INSERT INTO "MeetingParticipant" ("id", "domainId", "meetingId", "participantUuid", "displayName", "email", "role")
     SELECT gen_random_uuid(), $1::uuid, $2::uuid, p.uuid, p.name, p.email, 'attendee' FROM unnest($3::text[], $4::text[], $5::text[]) AS p(uuid, name, email)`,
      [domainId, rows[0]!.id, participants.map((p) => p.participantUuid), participants.map((p) => p.displayName), participants.map((p) => p.email)],
    );
  });
}

interface RawMatchArgs {
  emails: string[];
  domains: string[];
  unknownNames: string[];
  target: string | null;
}

/** What the raw statements take: the roster's e-mails and domains, and the names left unmatched by them. */
async function rawMatchArgs({ domainId, prisma }: Pick<Bench, 'domainId' | 'prisma'>, participants: RosterParticipant[]): Promise<RawMatchArgs> {
  const result = await matchRoster(prisma, { domainId, participants });
  const emails = [...new Set(participants.map((p) => p.email?.trim().toLowerCase()).filter((e): e is string => !!e))];
  const nameOf = new Map(participants.map((p) => [p.participantUuid, p.displayName.trim()]));
  return {
    emails,
    domains: [...new Set(emails.map((e) => e.slice(e.lastIndexOf('@') + 1)))],
    unknownNames: [...new Set(result.participants.filter((m) => m.kind !== 'internal' && m.kind !== 'person').map((m) => nameOf.get(m.participantUuid)!))],
    target: result.suggestedCompany?.id ?? null,
  };
}

/** matchRoster's statements on `pg`: three lookups together, then the trigram sets, scored in memory. */
async function rawMatch(raw: pg.Pool, domainId: string, { emails, domains, unknownNames, target }: RawMatchArgs) {
  await Promise.all([
    raw.query(`SELECT u."id"::text AS "id", u."email", u."displayName" FROM "User" u WHERE u."domainId" = $1::uuid AND u."email" = ANY($2::text[])`, [
      domainId,
      emails,
    ]),
    raw.query(
      `SELECT p."id"::text AS "id", p."email", p."fullName",
              COALESCE(array_agg(cp."companyId"::text ORDER BY cp."isPrimary" DESC, cp."companyId") FILTER (WHERE cp."companyId" IS NOT NULL), '{}'::text[]) AS "companyIds"
       FROM "Person" p
       LEFT JOIN "CompanyPerson" cp ON cp."personId" = p."id" AND cp."domainId" = p."domainId"
       WHERE p."domainId" = $1::uuid AND (p."email" = ANY($2::text[]) OR p."id" = ANY($3::uuid[]))
       GROUP BY p."id"`,
      [domainId, emails, []],
    ),
    raw.query(
      `SELECT c."id"::text AS "id", c."name", lower(c."emailDomain") AS "emailDomain"
       FROM "Company" c WHERE c."domainId" = $1::uuid AND lower(c."emailDomain") = ANY($2::text[])`,
      [domainId, domains],
    ),
  ]);
  if (target === null || unknownNames.length === 0) return;
  const { rows } = await raw.query<{ names: Array<{ name: string; trigrams: string[] }>; candidates: Array<{ personId: string; trigrams: string[] }> }>(
    `SELECT
       (SELECT json_agg(json_build_object('name', n."name", 'trigrams', show_trgm(n."name"))) FROM unnest($3::text[]) AS n("name")) AS "names",
       (SELECT COALESCE(json_agg(json_build_object('personId', p."id", 'fullName', p."fullName", 'trigrams', show_trgm(p."fullName")) ORDER BY p."fullName", p."id"), '[]'::json)
        FROM "CompanyPerson" cp JOIN "Person" p ON p."id" = cp."personId" AND p."domainId" = cp."domainId"
        WHERE cp."domainId" = $1::uuid AND cp."companyId" = $2::uuid) AS "candidates"`,
    [domainId, target, unknownNames],
  );
  const mostSimilar = trigramMatcher(rows[0]!.candidates);
  for (const { trigrams } of rows[0]!.names) mostSimilar(trigrams, 0.4);
}

function countKinds(kinds: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of kinds) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

/** Ten of a 1 000-participant roster, of every kind: 2 internal, 3 known persons, 2 at company domains, 2 names only, 1 stranger. */
function smallRoster(variant: number): RosterParticipant[] {
  const roster = buildRoster(variant);
  return [0, 1, 50, 51, 52, 400, 550, 650, 651, 900].map((index) => roster[index]!);
}

/** A mixed roster of 1 000: internal users, known persons, addresses at known company domains, names only, strangers. */
function buildRoster(variant: number): RosterParticipant[] {
  const out: RosterParticipant[] = [];
  const add = (displayName: string, email: string | null) => out.push({ participantUuid: `v${variant}-p${out.length}`, displayName, email });
  let seed = 12345 + variant * 7919;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  for (let k = 0; k < 50; k++) add(`Bench User ${k}`, `User${k}@bench.example`); // 50 internal (mixed case)
  for (let k = 0; k < 350; k++) {
    const j = rand(SIZES.persons); // 350 known persons anywhere in the store
    const { first, last } = personName(j);
    add(`${first} ${last}`, personEmail(j));
  }
  for (let k = 0; k < 150; k++) add(`New Hire ${k}`, `new.hire.${variant}.${k}@${companyDomain(0)}`); // domain-only → company 0
  for (let k = 0; k < 100; k++) add(`Visitor ${k}`, `visitor.${variant}.${k}@${companyDomain(1 + rand(SIZES.companies - 1))}`);
  // 250 names only (no e-mail): company 0's contacts' names, some with a typo.
  for (let k = 0; k < 250; k++) {
    const j = 7 + rand(SIZES.largeCompanyExtraContacts) * (SIZES.persons / SIZES.largeCompanyExtraContacts);
    const { first, last } = personName(j);
    const name = k % 3 === 0 ? `${first} ${last.slice(0, -1)}` : `${first} ${last}`;
    add(name, null);
  }
  for (let k = 0; k < 100; k++) add(`Guest ${variant}-${k}`, `guest.${variant}.${k}@gmail.example`); // strangers
  return out;
}
