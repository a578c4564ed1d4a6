import { meetingViewSchema, type MeetingView } from '@c360/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { meetingPath, meetingQueryKey } from './get-meeting';

interface Confirmation {
  participantUuid: string;
  personId: string;
}

export const confirmParticipantPerson = (meetingUuid: string, { participantUuid, personId }: Confirmation): Promise<MeetingView> =>
  apiRequest(`${meetingPath(meetingUuid)}/participants/${encodeURIComponent(participantUuid)}/person`, meetingViewSchema, {
    method: 'PUT',
    body: { personId },
  });

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
      queryClient.setQueryData(meetingQueryKey(view.meetingUuid), view);
      onConfirmed?.();
    },
  });
}
