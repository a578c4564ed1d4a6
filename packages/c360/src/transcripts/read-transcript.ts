import type { MeetingTranscript } from '@c360/contracts';
import { checkMeetingKey, type MeetingKey } from '../meetings/meeting-key.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { speakingNow } from './active-speaker.ts';
import { transcriptSegmentView } from './transcript-segment-view.ts';

/**
 * The meeting's live transcript so far, oldest first, whether capture is on, who speaks now, and how long the
 * domain keeps it. Like the meeting itself (`readMeeting`), it is the domain's: the caller decides the session
 * may see the meeting. A meeting nobody has sent anything for has none yet.
 */
export async function readTranscript(prisma: PrismaClient, key: MeetingKey): Promise<MeetingTranscript> {
  checkMeetingKey(key);
  const meeting = await prisma.meeting.findUnique({
    where: { domainId_meetingUuid: key },
    select: {
      captureStreamId: true,
      capturePaused: true,
      activeSpeaker: true,
      domain: { select: { transcriptRetentionDays: true } },
      transcriptSegments: {
        orderBy: [{ startTime: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          speakerName: true,
          personId: true,
          userId: true,
          side: true,
          text: true,
          startTime: true,
          endTime: true,
          language: true,
          createdAt: true,
        },
      },
    },
  });
  if (!meeting) {
    const domain = await prisma.domain.findUnique({ where: { id: key.domainId }, select: { transcriptRetentionDays: true } });
    return { capturing: false, items: [], ...(domain && { retentionDays: domain.transcriptRetentionDays }) };
  }
  const segments = meeting.transcriptSegments;
  const latestLineAt = (speakerName: string) =>
    segments.reduce<Date | undefined>(
      (latest, { speakerName: name, createdAt }) => (name === speakerName && !(latest && latest > createdAt) ? createdAt : latest),
      undefined,
    );
  const speaking = meeting.captureStreamId === null || meeting.capturePaused ? undefined : speakingNow(meeting.activeSpeaker, latestLineAt);
  const capturing = meeting.captureStreamId !== null;
  return {
    capturing,
    ...(capturing && meeting.capturePaused && { paused: true as const }),
    items: segments.map(transcriptSegmentView),
    ...(speaking && { speaking }),
    retentionDays: meeting.domain.transcriptRetentionDays,
  };
}
