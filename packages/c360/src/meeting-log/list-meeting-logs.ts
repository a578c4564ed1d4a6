import { dateTime, meetingLogsQuerySchema, type MeetingLogPage } from '@c360/contracts';
import { z } from 'zod';
import { parseInput } from '../errors/parse-input.ts';
import { decodeOpaqueCursor, encodeOpaqueCursor } from '../paging/opaque-cursor.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';

export interface ListMeetingLogsInput {
  domainId: string;
  viewerId: string;
  query: unknown;
}

/** The position after a page's last meeting: its end and id, the keyset order (most recently ended first). */
const cursorSchema = z.object({ e: dateTime(), i: z.uuid() });

/**
 * The viewer's own meeting logs in a state (PENDING: waiting for Save or Discard), wherever the meetings
 * were: the Meeting logs screen, so no pending log is ever out of reach. Keyset-paged on the
 * (hostUserId, logState, endedAt) index, with the count of them all.
 */
export async function listMeetingLogs(prisma: PrismaClient, input: ListMeetingLogsInput): Promise<MeetingLogPage> {
  const { state, cursor, limit } = parseInput(meetingLogsQuerySchema, input.query);
  const mine: Prisma.MeetingWhereInput = { hostUserId: input.viewerId, logState: state, domainId: input.domainId, endedAt: { not: null } };
  const after = cursor === undefined ? undefined : decodeOpaqueCursor(cursor, cursorSchema);
  const afterCursor: Prisma.MeetingWhereInput = after
    ? { OR: [{ endedAt: { lt: new Date(after.e) } }, { endedAt: new Date(after.e), id: { lt: after.i } }] }
    : {};
  const [rows, total] = await Promise.all([
    prisma.meeting.findMany({
      where: { ...mine, ...afterCursor },
      orderBy: [{ endedAt: 'desc' }, { id: 'desc' }],
      take: limit + 1,
      select: { id: true, meetingUuid: true, topic: true, endedAt: true, company: { select: { name: true } }, relationship: { select: { name: true } } },
    }),
    prisma.meeting.count({ where: mine }),
  ]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      meetingUuid: row.meetingUuid,
      topic: row.topic,
      endedAt: row.endedAt?.toISOString() ?? null,
      subjectName: row.relationship?.name ?? row.company?.name ?? null,
    })),
    nextCursor: rows.length > limit && last?.endedAt ? encodeOpaqueCursor({ e: last.endedAt.toISOString(), i: last.id }) : null,
    total,
  };
}
