import type { ActionItemView, ConversationSummaryView } from '@c360/contracts';
import { now } from '../clock/index.ts';
import { ruleBasedAnalyzer } from '../conversation/index.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import { meetingTranscriptLines, type TranscriptMeeting } from './meeting-transcript-lines.ts';

export interface MeetingConversation {
  summary: ConversationSummaryView | null;
  actionItems: ActionItemView[];
}

export const NO_CONVERSATION: MeetingConversation = { summary: null, actionItems: [] };

/**
 * The summary and action items of a meeting's transcript, computed when asked (rules over a few
 * thousand lines at most: milliseconds), so they follow the transcript as it arrives.
 */
export async function meetingConversation(
  prisma: PrismaClient | Prisma.TransactionClient,
  meeting: TranscriptMeeting & { endedAt: Date | null },
  /** IANA zone whose calendar due dates are days of. */
  timeZone: string,
): Promise<MeetingConversation> {
  const { lines, transcriptFileId } = await meetingTranscriptLines(prisma, meeting);
  if (lines.length === 0) return NO_CONVERSATION;
  const { summary, actionItems } = await ruleBasedAnalyzer.analyze(lines, { now: meeting.startedAt ?? meeting.endedAt ?? now(), timeZone });
  return { summary: summary && { ...summary, transcriptFileId }, actionItems };
}
