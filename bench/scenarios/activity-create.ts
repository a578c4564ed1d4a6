// Activity create with three internal and three external attendees, on ordinary companies.
import { createActivity } from '../../packages/c360/src/timeline/create-activity.ts';
import { benchUuid, SIZES } from '../seed-large.ts';
import { log, measure } from '../timing.ts';
import type { Bench, Scenario } from './scenario.ts';
import { rawTransaction } from '../raw-transaction.ts';

interface CreateInput {
  type: 'MEETING';
  status: 'LOGGED';
  subject: string;
  notes: string;
  activityDate: string;
  durationMinutes: number;
  companyId: string;
  internalAttendeeIds: string[];
  externalPersonIds: string[];
}

/** The i-th activity a bench path creates: ordinary companies in turn, with three internal and three external attendees. */
export function activityInputOf(): (i: number) => CreateInput {
  const users = [1, 2, 3].map((k) => benchUuid(`user-${k}`));
  const createTargets = Array.from({ length: 64 }, (_, t) => {
    const c = 1000 + t * 997; // ordinary companies (company 0's first page stays as measured above)
    return {
      companyId: benchUuid(`company-${c}`),
      personIds: [0, 1, 2].map((m) => benchUuid(`person-${c + m * SIZES.companies}`)),
    };
  });
  return (i: number) => {
    const target = createTargets[i % createTargets.length]!;
    return {
      type: 'MEETING' as const,
      status: 'LOGGED' as const,
      subject: `Bench meeting ${i}`,
      notes: `<p>Discussed the <b>renewal</b> (${i}).</p>`,
      activityDate: new Date(Date.UTC(2026, 10, 1, 12) + i * 1000).toISOString(),
      durationMinutes: 30,
      companyId: target.companyId,
      internalAttendeeIds: users,
      externalPersonIds: target.personIds,
    };
  };
}

/** The raw path of a create: the three reference checks the domain does, then the inserts in one transaction. */
export function rawActivityCreate({ domainId, viewerId, raw }: Pick<Bench, 'domainId' | 'viewerId' | 'raw'>, inputOf: (i: number) => CreateInput) {
  return async (i: number) => {
    const input = inputOf(i);
    await raw.query(`SELECT id FROM "Company" WHERE id = $1::uuid AND "domainId" = $2::uuid LIMIT 1`, [input.companyId, domainId]);
    await raw.query(`SELECT count(*) FROM "User" WHERE "domainId" = $1::uuid AND id = ANY($2::uuid[])`, [domainId, input.internalAttendeeIds]);
    await raw.query(`SELECT count(*) FROM "Person" WHERE "domainId" = $1::uuid AND id = ANY($2::uuid[])`, [domainId, input.externalPersonIds]);
    await rawTransaction(raw, async (client) => {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO "Activity" (id, "domainId", type, status, subject, notes, "activityDate", "durationMinutes", "authorId", "companyId", source, "loggedAt", "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8, $9, 'ZOOM_SIDEBAR', now(), now()) RETURNING *`,
        [domainId, input.type, input.status, input.subject, input.notes, input.activityDate, input.durationMinutes, viewerId, input.companyId],
      );
      const activityId = rows[0]!.id;
      await client.query(`INSERT INTO "ActivityInternalAttendee" ("domainId", "activityId", "userId") SELECT $1, $2, unnest($3::uuid[])`, [
        domainId,
        activityId,
        input.internalAttendeeIds,
      ]);
      await client.query(`INSERT INTO "ActivityExternalAttendee" ("domainId", "activityId", "personId") SELECT $1, $2, unnest($3::uuid[])`, [
        domainId,
        activityId,
        input.externalPersonIds,
      ]);
    });
  };
}

export const activityCreate: Scenario = async ({ domainId, viewerId, actor, http, prisma, raw, iters }) => {
  const inputOf = activityInputOf();
  const rawCreate = rawActivityCreate({ domainId, viewerId, raw }, inputOf);
  log('activity create…');
  const createN = iters(200);
  return [
    {
      scenario: `activity create (3 internal + 3 external attendees)`,
      bff: await measure(createN, 10, (i) => http('POST', '/api/activities', inputOf(100_000 + i))),
      domain: await measure(createN, 10, (i) => createActivity(prisma, actor, inputOf(200_000 + i))),
      raw: await measure(createN, 10, (i) => rawCreate(300_000 + i)),
    },
  ];
};
