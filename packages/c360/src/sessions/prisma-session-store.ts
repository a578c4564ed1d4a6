import type { Prisma, PrismaClient } from '../store/prisma.ts';
import type { SessionRecord, SessionStore } from './session-record.ts';

function toRecord(row: {
  id: string;
  zoomUserId: string | null;
  userId: string | null;
  domainId: string | null;
  meetingUuid: string | null;
  data: Prisma.JsonValue;
  createdAt: Date;
  lastSeenAt: Date;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
}): SessionRecord {
  const data = row.data !== null && typeof row.data === 'object' && !Array.isArray(row.data) ? row.data : {};
  return { ...row, data: data as Record<string, unknown> };
}

/** Sessions in the C360 store's Session table. */
export function prismaSessionStore(prisma: PrismaClient): SessionStore {
  return {
    async find(id, now) {
      const row = await prisma.session.findUnique({ where: { id } });
      if (!row || row.idleExpiresAt <= now || row.absoluteExpiresAt <= now) return null;
      return toRecord(row);
    },
    async save(record) {
      const data = record.data as Prisma.InputJsonObject;
      await prisma.session.upsert({
        where: { id: record.id },
        create: { ...record, data },
        update: { ...record, data },
      });
    },
    async delete(id) {
      await prisma.session.deleteMany({ where: { id } });
    },
    async deleteByZoomUser(zoomUserId) {
      await prisma.session.deleteMany({ where: { zoomUserId } });
    },
    async findLatestSignedIn(zoomUserId, now) {
      const row = await prisma.session.findFirst({
        where: {
          zoomUserId,
          userId: { not: null },
          domainId: { not: null },
          idleExpiresAt: { gt: now },
          absoluteExpiresAt: { gt: now },
        },
        orderBy: [{ lastSeenAt: 'desc' }, { id: 'asc' }],
      });
      return row ? toRecord(row) : null;
    },
  };
}
