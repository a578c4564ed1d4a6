import type { ConversationLine } from '../conversation/index.ts';
import { readMeeting } from '../meetings/meeting-store.ts';
import { speakerMatcher } from '../transcripts/match-speaker.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';

/** A long call's transcript is a few thousand cues; more than this is not a meeting's conversation. */
const MAX_LINES = 5000;

export interface MeetingTranscriptLines {
  /** Speaker-attributed lines, oldest first. */
  lines: ConversationLine[];
  /** The recording's transcript file they were read from, null when none was downloaded. */
  transcriptFileId: string | null;
  /** Read from the live transcript (RTMS). */
  live: boolean;
}

export interface TranscriptMeeting {
  id: string;
  domainId: string;
  meetingUuid: string;
  startedAt: Date | null;
}

/** The live transcript's segments (RTMS), speakers matched as they were recorded. */
async function liveLines(prisma: PrismaClient | Prisma.TransactionClient, meeting: TranscriptMeeting): Promise<ConversationLine[]> {
  const segments = await prisma.transcriptSegment.findMany({
    where: { meetingId: meeting.id },
    orderBy: [{ startTime: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
    take: MAX_LINES,
    select: { speakerName: true, personId: true, userId: true, text: true, startTime: true, language: true },
  });
  return segments.map(({ speakerName, personId, userId, text, startTime, language }) => ({
    speakerName,
    ...(personId !== null && { personId }),
    ...(userId !== null && { userId }),
    text,
    startTime: startTime.toISOString(),
    language,
  }));
}

/**
 * THE one place the meeting's conversation is read from, for the summary and action items: the live
 * transcript when the meeting was captured, else the recording's transcript when one was downloaded (its
 * cues' offsets from the meeting's start). A recording's speaker is matched by name as a live line's is
 * (`speakerMatcher`). Cues without a speaker are
 * left out: nobody owns what they say.
 */
export async function meetingTranscriptLines(prisma: PrismaClient | Prisma.TransactionClient, meeting: TranscriptMeeting): Promise<MeetingTranscriptLines> {
  const live = await liveLines(prisma, meeting);
  if (live.length > 0) return { lines: live, transcriptFileId: null, live: true };
  const file = await prisma.meetingRecordingFile.findFirst({
    where: { meetingId: meeting.id, kind: 'TRANSCRIPT', status: 'STORED' },
    orderBy: [{ storedAt: 'desc' }, { id: 'desc' }],
    select: { id: true, storedAt: true },
  });
  if (!file) return { lines: [], transcriptFileId: null, live: false };
  const cues = await prisma.recordingLine.findMany({
    where: { fileId: file.id, speaker: { not: null } },
    orderBy: { seq: 'asc' },
    take: MAX_LINES,
    select: { speaker: true, startMs: true, text: true },
  });
  const speakerOf = speakerMatcher(await readMeeting(prisma, { domainId: meeting.domainId, meetingUuid: meeting.meetingUuid }));
  const start = (meeting.startedAt ?? file.storedAt ?? new Date(0)).getTime();
  const lines = cues.map(({ speaker, startMs, text }): ConversationLine => {
    const speakerName = speaker ?? '';
    const { personId, userId } = speakerOf(speakerName);
    return {
      speakerName,
      ...(personId !== null && { personId }),
      ...(userId !== null && { userId }),
      text,
      startTime: new Date(start + (startMs ?? 0)).toISOString(),
      // Zoom's recording transcript carries no language: the analyzer reads it from the script.
      language: '',
    };
  });
  return { lines, transcriptFileId: file.id, live: false };
}
