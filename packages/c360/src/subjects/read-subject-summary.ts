import type { SubjectRef, SubjectSummary } from '@c360/contracts';
import { readCompanySummary } from '../companies/read-company-summary.ts';
import type { Actor } from '../permissions/actor.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { readRelationshipSummary } from './read-relationship-summary.ts';

/** A company or relationship of the reader's domain at a glance (`GET /api/{companies|relationships}/:id`). */
export const readSubjectSummary = (prisma: PrismaClient, reader: Actor, subject: SubjectRef): Promise<SubjectSummary> =>
  subject.kind === 'company' ? readCompanySummary(prisma, reader, subject.id) : readRelationshipSummary(prisma, reader, subject.id);
