import type { ActionItemView, ConversationSummaryView } from '@c360/contracts';
import { now } from '../clock/index.ts';
import { ruleBasedAnalyzer, type ConversationLine } from '../conversation/index.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import { meetingTranscriptLines, type TranscriptMeeting } from './meeting-transcript-lines.ts';

export interface MeetingConversation {
  summary: ConversationSummaryView | null;
  actionItems: ActionItemView[];
}

export const NO_CONVERSATION: MeetingConversation = { summary: null, actionItems: [] };

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/**
 * The calendar "tomorrow" and "by Friday" are days of when no zone is given: the one most of the customer's
 * speakers have on record (a meeting is scheduled in the customer's days), else UTC.
 */
async function speakersTimeZone(prisma: PrismaClient | Prisma.TransactionClient, lines: readonly ConversationLine[]): Promise<string> {
  const personIds = [...new Set(lines.flatMap((line) => (line.personId ? [line.personId] : [])))];
  if (personIds.length === 0) return 'UTC';
  const people = await prisma.person.findMany({ where: { id: { in: personIds } }, select: { timezone: true } });
  const counts = new Map<string, number>();
  for (const { timezone } of people) if (timezone && isTimeZone(timezone)) counts.set(timezone, (counts.get(timezone) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'UTC';
}

/**
 * The summary and action items of a meeting's transcript, computed when asked (rules over a few
 * thousand lines at most: well under a second), so they follow the transcript as it arrives.
 * `timeZone`: the IANA zone whose calendar due dates are days of, when the caller knows it.
 */
export async function meetingConversation(
  prisma: PrismaClient | Prisma.TransactionClient,
  meeting: TranscriptMeeting & { endedAt: Date | null },
  timeZone?: string,
): Promise<MeetingConversation> {
  const { lines, transcriptFileId, live } = await meetingTranscriptLines(prisma, meeting);
  if (lines.length === 0) return NO_CONVERSATION;
  const zone = timeZone ?? (await speakersTimeZone(prisma, lines));
  const { summary, actionItems } = await ruleBasedAnalyzer.analyze(lines, { now: meeting.startedAt ?? meeting.endedAt ?? now(), timeZone: zone });
  return { summary: summary && { ...summary, transcriptFileId, live }, actionItems };
}
