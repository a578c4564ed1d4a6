import type { Activity, MeetingLogStateView, MeetingLogView } from '@c360/contracts';

/**
 * The activity to open for the host's final notes, if any: only when this sidebar saw the log become
 * LOGGED without the host's own Save (auto mode), never on a reload that finds it already logged.
 */
export function activityForFinalNotes(before: MeetingLogStateView | undefined, log: MeetingLogView, savedHere: boolean): Activity | null {
  const becameLogged = before !== undefined && before !== 'LOGGED' && log.state === 'LOGGED';
  return becameLogged && log.isMine && !savedHere ? log.activity : null;
}
