// Matching a 1 000-participant roster: internal users, known persons, company domains, names only, strangers.
import { matchRoster, type RosterParticipant } from '../../packages/c360/src/matching/match-roster.ts';
import { companyDomain, personEmail, personName, SIZES } from '../seed-large.ts';
import { log, measure } from '../timing.ts';
import type { Scenario } from './scenario.ts';

export const rosterMatching: Scenario = async ({ domainId, bff: { request, signIn, launchInMeeting }, prisma, raw, iters }) => {
  const rosters = [0, 1, 2].map((variant) => buildRoster(variant));
  log('roster matching…');
  // The raw path runs the same four statements (three together, then the name suggestion) on `pg`.
  const rosterArgs = await Promise.all(
    rosters.map(async (participants) => {
      const result = await matchRoster(prisma, { domainId, participants });
      const emails = [...new Set(participants.map((p) => p.email?.trim().toLowerCase()).filter((e): e is string => !!e))];
      const domains = [...new Set(emails.map((e) => e.slice(e.lastIndexOf('@') + 1)))];
      const unknownNames = [
        ...new Set(
          result.participants
            .filter((m) => m.kind !== 'internal' && m.kind !== 'person')
            .map((m) => participants.find((p) => p.participantUuid === m.participantUuid)!.displayName.trim()),
        ),
      ];
      const kinds = countKinds(result.participants.map((m) => m.kind));
      return { emails, domains, unknownNames, target: result.suggestedCompany?.id ?? null, kinds, suggested: result.suggestedCompany };
    }),
  );
  const first = rosterArgs[0]!;
  const rawMatch = async (i: number) => {
    const { emails, domains, unknownNames, target } = rosterArgs[i % rosterArgs.length]!;
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
    await raw.query(
      `WITH candidates AS MATERIALIZED (
         SELECT p."id", p."fullName" FROM "CompanyPerson" cp
         JOIN "Person" p ON p."id" = cp."personId" AND p."domainId" = cp."domainId"
         WHERE cp."domainId" = $1::uuid AND cp."companyId" = $2::uuid)
       SELECT n."name", best."personId", best."fullName", best."similarity"
       FROM unnest($3::text[]) AS n("name")
       CROSS JOIN LATERAL (
         SELECT c."id"::text AS "personId", c."fullName", similarity(c."fullName", n."name")::float8 AS "similarity"
         FROM candidates c WHERE similarity(c."fullName", n."name") > $4::float8
         ORDER BY "similarity" DESC, c."fullName", c."id" LIMIT 1) best`,
      [domainId, target, unknownNames, 0.4],
    );
  };
  // The BFF path: each roster is the roster of its own meeting, sent once by its host's sidebar; then
  // GET /api/meetings/:uuid reads the meeting and matches its 1 000 participants on every call.
  // One Zoom user per meeting, one after the other.
  const meetingCookies: Array<{ meetingUuid: string; cookie: string }> = [];
  for (const [variant, participants] of rosters.entries()) {
    const meetingUuid = `bench-meeting-${variant}==`;
    const hostCookie = await signIn(await launchInMeeting(meetingUuid, `bench-zoom-user-${variant}`));
    await request('PUT', `/api/meetings/${encodeURIComponent(meetingUuid)}/roster`, hostCookie, {
      participants: participants.map((p, index) => ({ ...p, role: index === 0 ? 'host' : 'attendee' })),
    });
    meetingCookies.push({ meetingUuid, cookie: hostCookie });
  }
  const matchN = iters(45);
  return [
    {
      scenario: `match a 1 000-participant roster`,
      bff: await measure(matchN, 3, (i) => {
        const { meetingUuid, cookie: meetingCookie } = meetingCookies[i % meetingCookies.length]!;
        return request('GET', `/api/meetings/${encodeURIComponent(meetingUuid)}`, meetingCookie);
      }),
      domain: await measure(matchN, 3, (i) => matchRoster(prisma, { domainId, participants: rosters[i % rosters.length]! })),
      raw: await measure(matchN, 3, rawMatch),
      note: `BFF: GET /api/meetings/:uuid (reads the meeting's 1 000 participants, then matchRoster); roster 0 → ${JSON.stringify(first.kinds)}, suggested ${first.suggested?.name} (${first.suggested?.matchedParticipants} addresses)`,
    },
  ];
};

function countKinds(kinds: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of kinds) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
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
