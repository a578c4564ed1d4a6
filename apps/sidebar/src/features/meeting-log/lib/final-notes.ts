import type { Activity, MeetingLogStateView, MeetingLogView } from '@c360/contracts';

/**
 * The activity to open for the host's final notes, if any: only when this sidebar saw the meeting go
 * straight from in progress to LOGGED (auto mode), never after a Save of the after-call panel (the log
 * was PENDING first, wherever it was saved) nor on a reload that finds it already logged.
 */
export function activityForFinalNotes(before: MeetingLogStateView | undefined, log: MeetingLogView): Activity | null {
  return before === 'IN_PROGRESS' && log.state === 'LOGGED' && log.isMine ? log.activity : null;
}
