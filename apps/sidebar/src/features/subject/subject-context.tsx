import type { MeetingSubject } from '@c360/contracts';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useMeetingUuid } from '../../hooks/use-meeting-uuid';
import { useMeeting } from '../meeting/api/get-meeting';
import { usePutMeetingSubject } from './api/put-meeting-subject';

export interface CurrentSubject {
  /** The company or relationship the tabs show; in a meeting, the meeting's (shared by every sidebar). */
  subject: MeetingSubject | null;
  /** The meeting this sidebar is in, or null outside a meeting. */
  meetingUuid: string | null;
  choose: (subject: MeetingSubject | null) => void;
  /** The last choice could not be stored for the meeting. */
  chooseFailed: boolean;
}

const SubjectContext = createContext<CurrentSubject | null>(null);

/** In a meeting the choice lives on the server (one per meeting); outside one, in this page only. */
export function SubjectProvider({ children }: { children: ReactNode }) {
  const meetingUuid = useMeetingUuid();
  const meeting = useMeeting(meetingUuid);
  const putSubject = usePutMeetingSubject(meetingUuid);
  const [local, setLocal] = useState<MeetingSubject | null>(null);

  const value = useMemo<CurrentSubject>(
    () =>
      meetingUuid === null
        ? { subject: local, meetingUuid, choose: setLocal, chooseFailed: false }
        : {
            // While the PUT is on its way, the new choice already shows.
            subject: putSubject.isPending ? (putSubject.variables ?? null) : (meeting.data?.subject ?? null),
            meetingUuid,
            choose: (subject) => putSubject.mutate(subject),
            chooseFailed: putSubject.isError,
          },
    [meetingUuid, local, meeting.data?.subject, putSubject],
  );
  return <SubjectContext.Provider value={value}>{children}</SubjectContext.Provider>;
}

export function useCurrentSubject(): CurrentSubject {
  const context = useContext(SubjectContext);
  if (!context) throw new Error('useCurrentSubject needs a SubjectProvider.');
  return context;
}
