import { meetingEndpoints, type MeetingView } from '@c360/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useToast } from '@/components/ui/toast';
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
  const { t } = useTranslation();
  const toast = useToast();
  return useMutation({
    mutationFn: (confirmation: Confirmation) => confirmParticipantPerson(meetingUuid, confirmation),
    onSuccess: (view, { participantUuid }) => {
      queryClient.setQueryData(meetingKeys.detail(view.meetingUuid), view);
      const match = view.participants.find((participant) => participant.participantUuid === participantUuid)?.match;
      toast.show({ message: t('toast.participantConfirmed', { name: match?.kind === 'person' ? match.name : '' }) });
      onConfirmed?.();
    },
  });
}
