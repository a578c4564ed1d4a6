import { meetingEndpoints, type MeetingView } from '@c360/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCall } from '@/lib/api-client';
import { meetingKeys } from './get-meeting';

interface Confirmation {
  participantUuid: string;
  personId: string;
}

export const confirmParticipantPerson = (meetingUuid: string, { participantUuid, personId }: Confirmation): Promise<MeetingView> =>
  apiCall(meetingEndpoints.confirmParticipantPerson, { params: { meetingUuid, participantUuid }, body: { personId } });

/**
 * Confirms a suggested person for a participant; the server remembers it for the meeting. `onConfirmed`
 * runs with the mutation, not with `mutate`: the meeting's event stream may bring the confirmed view first,
 * and the control that asked is gone by the time the answer comes.
 */
export function useConfirmParticipantPerson(meetingUuid: string, onConfirmed?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (confirmation: Confirmation) => confirmParticipantPerson(meetingUuid, confirmation),
    onSuccess: (view) => {
      queryClient.setQueryData(meetingKeys.detail(view.meetingUuid), view);
      onConfirmed?.();
    },
  });
}
