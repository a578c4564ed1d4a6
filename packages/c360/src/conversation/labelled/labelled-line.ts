import type { ConversationLine } from '../conversation-analyzer.ts';

/** A transcript line and what a careful reader finds in it: an action item (owned by its speaker) and its due date. */
export interface LabelledLine {
  line: ConversationLine;
  actionItem: boolean;
  /** YYYY-MM-DD, for action items with a deadline. */
  dueDate?: string;
}

export interface LabelledMeeting {
  /** The meeting's time and zone the due dates were worked out from. */
  now: Date;
  timeZone: string;
  lines: LabelledLine[];
}

type Speaker = Pick<ConversationLine, 'speakerName' | 'personId' | 'userId'>;

/** Builds the labelled lines of one meeting, a minute apart: `[speaker, text, actionItem, dueDate?]`. */
export function labelledMeeting(
  now: Date,
  timeZone: string,
  language: string,
  rows: ReadonlyArray<readonly [Speaker, string, boolean, string?]>,
): LabelledMeeting {
  return {
    now,
    timeZone,
    lines: rows.map(([speaker, text, actionItem, dueDate], at) => ({
      line: { ...speaker, text, language, startTime: new Date(now.getTime() + at * 60_000).toISOString() },
      actionItem,
      ...(dueDate === undefined ? {} : { dueDate }),
    })),
  };
}
