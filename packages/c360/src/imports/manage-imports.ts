import { isUuid, type ImportJob, type ImportJobList } from '@c360/contracts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { now } from '../clock/index.ts';
import { AppError } from '../errors/app-error.ts';
import { assertCan } from '../permissions/can.ts';
import type { Actor } from '../permissions/actor.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { importJobSelect, toImportJob } from './import-job-view.ts';

/** How many imports the list shows. */
const LISTED_IMPORTS = 20;

const notFound = () => new AppError('NOT_FOUND', 'No such import in your domain.');

/** An import of the domain, with its progress; another domain's (or no uuid) is NOT_FOUND, as one that never was. */
export async function findImport(prisma: PrismaClient, domainId: string, id: string): Promise<ImportJob> {
  const job = isUuid(id) ? await prisma.importJob.findFirst({ where: { id, domainId }, select: importJobSelect }) : null;
  if (!job) throw notFound();
  return toImportJob(job);
}

/** `GET /api/admin/imports/:id`: an import of the admin's domain. */
export async function readImport(prisma: PrismaClient, admin: Actor, id: string): Promise<ImportJob> {
  assertCan(admin, 'administer');
  return findImport(prisma, admin.domainId, id);
}

/** `GET /api/admin/imports`: the domain's latest imports, newest first. */
export async function listImports(prisma: PrismaClient, admin: Actor): Promise<ImportJobList> {
  assertCan(admin, 'administer');
  const jobs = await prisma.importJob.findMany({
    where: { domainId: admin.domainId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: LISTED_IMPORTS,
    select: importJobSelect,
  });
  return { items: jobs.map(toImportJob) };
}

/**
 * `POST /api/admin/imports/:id/cancel`: stops a queued or running import at its next progress update (rows
 * written so far stay written). Cancelling one that has ended changes nothing and answers it as it is.
 */
export async function cancelImport(prisma: PrismaClient, admin: Actor, id: string): Promise<ImportJob> {
  const job = await readImport(prisma, admin, id);
  const cancelled = await prisma.importJob.updateMany({
    where: { id: job.id, state: { in: ['QUEUED', 'RUNNING'] } },
    data: { state: 'CANCELLED', finishedAt: now(), updatedAt: now() },
  });
  if (cancelled.count === 1) {
    await recordAuditEvent(prisma, { type: 'import.cancelled', domainId: admin.domainId, userId: admin.id, data: { importId: job.id } });
  }
  return readImport(prisma, admin, id);
}
