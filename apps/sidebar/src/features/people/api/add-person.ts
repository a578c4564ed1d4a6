import { peopleEndpoints, type AddPersonInput, type AddPersonResult } from '@c360/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useToast } from '@/components/ui/toast';
import { useWriteQueue, type SendWrite } from '@/hooks/use-write-queue';
import { writeOf } from '@/lib/api-client';
import { confirmParticipantPerson, meetingKeys } from '@/features/meeting';
import { peopleKeys } from './get-people';

export interface AddAttendee {
  person: AddPersonInput;
  /** The meeting participant this person is, so the meeting recognises them whatever their Zoom e-mail. */
  participant?: { meetingUuid: string; participantUuid: string };
}

/** Where "waiting to send" shows for an add of this e-mail. */
const newPersonTarget = (email: string) => `people:new:${email.trim().toLowerCase()}`;

/** Through the write queue: sent once, however long the connection is down. */
export const addPerson = (send: SendWrite, person: AddPersonInput): Promise<AddPersonResult> =>
  send(
    { ...writeOf(peopleEndpoints.add, { body: person }), target: newPersonTarget(person.email), refresh: [[...peopleKeys.all]] },
    peopleEndpoints.add.response,
  );

/**
 * Adds the person, then remembers them as the participant: the server publishes that meeting change to
 * every sidebar of the meeting. Should remembering fail (the participant left), the meeting is re-read
 * instead, which still matches them by e-mail.
 */
export function useAddPerson() {
  const queryClient = useQueryClient();
  const { send, isWaiting } = useWriteQueue();
  const { t } = useTranslation();
  const toast = useToast();
  const mutation = useMutation({
    networkMode: 'always',
    mutationFn: async ({ person, participant }: AddAttendee) => {
      const added = await addPerson(send, person);
      if (participant) {
        const { meetingUuid, participantUuid } = participant;
        await confirmParticipantPerson(meetingUuid, { participantUuid, personId: added.id }).then(
          (view) => queryClient.setQueryData(meetingKeys.detail(meetingUuid), view),
          () => queryClient.invalidateQueries({ queryKey: meetingKeys.detail(meetingUuid) }),
        );
      }
      return added;
    },
    onSuccess: (_added, { person }) => {
      toast.show({ message: t('toast.personAdded', { name: `${person.firstName} ${person.lastName}`.trim() }) });
      return queryClient.invalidateQueries({ queryKey: peopleKeys.all });
    },
  });
  const sent = mutation.variables;
  return { ...mutation, waiting: mutation.isPending && sent !== undefined && isWaiting(newPersonTarget(sent.person.email)) };
}
