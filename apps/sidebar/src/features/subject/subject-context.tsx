import type { MeetingSubject } from '@c360/contracts';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useMeetingUuid } from '@/hooks/use-meeting-uuid';
import { useMeeting } from '@/features/meeting';
import { usePutMeetingSubject } from './api/put-meeting-subject';
import { useAutoChooseSubject } from './hooks/use-auto-choose-subject';
import { subjectDecided } from './lib/auto-choice';

export interface CurrentSubject {
  /** The company or relationship the tabs show; in a running meeting, the meeting's (shared by every sidebar). */
  subject: MeetingSubject | null;
  /** The meeting this sidebar is in (or was in, once it has ended), or null outside a meeting. */
  meetingUuid: string | null;
  choose: (subject: MeetingSubject | null) => void;
  /** The last choice could not be stored for the meeting. */
  chooseFailed: boolean;
}

const SubjectContext = createContext<CurrentSubject | null>(null);

/**
 * In a running meeting the choice lives on the server (one per meeting); the roster's unambiguous company
 * is chosen by itself until someone decides. Outside one it lives in this page
 * only, and so it does once the meeting has ended (the app stays open in Zoom's main client): browsing to
 * another company must not rewrite the ended meeting's, which its pending log is filed under.
 */
export function SubjectProvider({ children }: { children: ReactNode }) {
  const meetingUuid = useMeetingUuid();
  const meeting = useMeeting(meetingUuid);
  const putSubject = usePutMeetingSubject(meetingUuid);
  // undefined: nothing browsed yet, so an ended meeting still shows its own subject.
  const [browsed, setBrowsed] = useState<MeetingSubject | null | undefined>(undefined);
  const running = meetingUuid !== null && meeting.data?.logState === undefined;
  const meetingSubject = meeting.data?.subject ?? null;
  useAutoChooseSubject({
    meetingUuid: running ? meetingUuid : null,
    meeting: meeting.data,
    choosing: putSubject.isPending,
    put: putSubject.mutateAsync,
  });

  const value = useMemo<CurrentSubject>(
    () =>
      running
        ? {
            // While the PUT is on its way, the new choice already shows.
            subject: putSubject.isPending ? (putSubject.variables ?? null) : meetingSubject,
            meetingUuid,
            choose: (subject) => {
              // The user's choice (or clearing it) is final: the meeting's company is never chosen by itself after.
              subjectDecided(meetingUuid).write(true);
              putSubject.mutate(subject);
            },
            chooseFailed: putSubject.isError,
          }
        : { subject: browsed === undefined ? meetingSubject : browsed, meetingUuid, choose: setBrowsed, chooseFailed: false },
    [running, meetingUuid, browsed, meetingSubject, putSubject],
  );
  return <SubjectContext.Provider value={value}>{children}</SubjectContext.Provider>;
}

export function useCurrentSubject(): CurrentSubject {
  const context = useContext(SubjectContext);
  if (!context) throw new Error('useCurrentSubject needs a SubjectProvider.');
  return context;
}
