import { meetingEndpoints, type MeetingSubject, type MeetingView } from '@c360/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCall } from '@/lib/api-client';
import { meetingKeys } from '@/features/meeting';

const bodyOf = (subject: MeetingSubject | null) =>
  subject === null ? { companyId: null, relationshipId: null } : subject.kind === 'company' ? { companyId: subject.id } : { relationshipId: subject.id };

export const putMeetingSubject = (meetingUuid: string, subject: MeetingSubject | null): Promise<MeetingView> =>
  apiCall(meetingEndpoints.putSubject, { params: { meetingUuid }, body: bodyOf(subject) });

/** Stores the meeting's company or relationship; every sidebar of the meeting hears it through `/events`. */
export function usePutMeetingSubject(meetingUuid: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (subject: MeetingSubject | null) => {
      if (meetingUuid === null) throw new Error('Not in a meeting.');
      return putMeetingSubject(meetingUuid, subject);
    },
    onSuccess: (view) => queryClient.setQueryData(meetingKeys.detail(view.meetingUuid), view),
  });
}
