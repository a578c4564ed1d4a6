import { confirmParticipantPersonSchema, participantUuidSchema } from '@c360/contracts';
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { parseInput } from '../errors/parse-input.ts';
import type { PrismaClient } from '../store/prisma.ts';

export interface ParticipantKey {
  domainId: string;
  meetingUuid: string;
  participantUuid: string;
}

/**
 * Remembers which person a meeting participant is (SPEC §4: a suggestion confirmed by one click); the
 * roster keeps it across later updates and matching treats it as certain.
 */
export async function confirmParticipantPerson(prisma: PrismaClient, input: ParticipantKey, body: unknown): Promise<void> {
  const { domainId, meetingUuid } = input;
  // A personId of null forgets an earlier confirmation.
  const { personId } = parseInput(confirmParticipantPersonSchema, body);
  // The route's `:participantUuid` goes into the query: refused (400 naming it) if the store could not hold it.
  const { participantUuid } = parseInput(z.object({ participantUuid: participantUuidSchema }), { participantUuid: input.participantUuid });
  if (personId !== null && (await prisma.person.count({ where: { id: personId, domainId } })) === 0) {
    throw new AppError('VALIDATION', 'That person is not in your Gainsight domain.', {
      errors: [{ path: 'personId', message: 'No such person.' }],
    });
  }
  const { count } = await prisma.meetingParticipant.updateMany({
    where: { domainId, participantUuid, meeting: { domainId, meetingUuid } },
    data: { personId },
  });
  if (count === 0) throw new AppError('NOT_FOUND', 'No such participant in this meeting.');
}
