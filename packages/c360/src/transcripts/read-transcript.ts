import type { MeetingTranscript } from '@c360/contracts';
import { checkMeetingKey, type MeetingKey } from '../meetings/meeting-key.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { transcriptSegmentView } from './transcript-segment-view.ts';

/**
 * The meeting's live transcript so far, oldest first, and whether capture is on. Like the meeting itself
 * (`readMeeting`), it is the domain's: the caller decides the session may see the meeting. A meeting nobody
 * has sent anything for has none yet.
 */
export async function readTranscript(prisma: PrismaClient, key: MeetingKey): Promise<MeetingTranscript> {
  checkMeetingKey(key);
  const meeting = await prisma.meeting.findUnique({
    where: { domainId_meetingUuid: key },
    select: {
      captureStreamId: true,
      transcriptSegments: {
        orderBy: [{ startTime: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
        select: { id: true, speakerName: true, personId: true, userId: true, side: true, text: true, startTime: true, endTime: true, language: true },
      },
    },
  });
  if (!meeting) return { capturing: false, items: [] };
  return { capturing: meeting.captureStreamId !== null, items: meeting.transcriptSegments.map(transcriptSegmentView) };
}
