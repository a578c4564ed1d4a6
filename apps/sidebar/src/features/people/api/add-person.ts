import { addPersonResultSchema, type AddPersonInput, type AddPersonResult } from '@c360/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { confirmParticipantPerson } from '../../meeting/api/confirm-participant-person';
import { meetingQueryKey } from '../../meeting/api/get-meeting';
import { peopleRootKey } from './get-people';

export interface AddAttendee {
  person: AddPersonInput;
  /** The meeting participant this person is, so the meeting recognises them whatever their Zoom e-mail. */
  participant?: { meetingUuid: string; participantUuid: string };
}

export const addPerson = (person: AddPersonInput): Promise<AddPersonResult> =>
  apiRequest('/api/people', addPersonResultSchema, { method: 'POST', body: person });

/**
 * Adds the person, then remembers them as the participant: the server publishes that meeting change to
 * every sidebar of the meeting. Should remembering fail (the participant left), the meeting is re-read
 * instead, which still matches them by e-mail.
 */
export function useAddPerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ person, participant }: AddAttendee) => {
      const added = await addPerson(person);
      if (participant) {
        const { meetingUuid, participantUuid } = participant;
        await confirmParticipantPerson(meetingUuid, { participantUuid, personId: added.id }).then(
          (view) => queryClient.setQueryData(meetingQueryKey(meetingUuid), view),
          () => queryClient.invalidateQueries({ queryKey: meetingQueryKey(meetingUuid) }),
        );
      }
      return added;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleRootKey }),
  });
}
