import { pauseTranscriptCapture, recordActiveSpeaker, recordTranscriptLine, startTranscriptCapture, stopTranscriptCapture, type MeetingKey } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import type { MeetingEvents } from '../routes/meetings/meeting-events.ts';
import type { RtmsListener, RtmsSpeakerChange, RtmsTranscriptLine } from '../rtms/rtms-listener.ts';

/**
 * What the RTMS client hears, kept and pushed: each transcript line is recorded (once, however often it is
 * delivered) and then sent to every open sidebar of its meeting (`/events`, `event: transcript`); capture on,
 * paused, resumed and off, and who speaks now (so talk time grows before the line comes), are kept on the
 * meeting and sent too. A stop because access was revoked deletes what was kept. `events` must be the hub the
 * meeting routes use (the app's `meetingEvents`), so the push reaches them.
 */
export function createTranscriptFeed(prisma: PrismaClient, events: MeetingEvents): RtmsListener {
  const publishCapture = (meetings: MeetingKey[], capturing: boolean, paused = false) => {
    for (const { domainId, meetingUuid } of meetings) {
      events.publish(domainId, meetingUuid, { event: 'transcript', data: { kind: 'capture', capturing, ...(paused && { paused }) } });
    }
  };
  return {
    async started(meetingUuid: string, rtmsStreamId: string) {
      publishCapture(await startTranscriptCapture(prisma, { meetingUuid, rtmsStreamId }), true);
    },
    async paused(meetingUuid: string, rtmsStreamId: string, paused: boolean) {
      publishCapture(await pauseTranscriptCapture(prisma, { meetingUuid, rtmsStreamId, paused }), true, paused);
    },
    async speaking(change: RtmsSpeakerChange) {
      for (const { domainId, meetingUuid, speaker } of await recordActiveSpeaker(prisma, change)) {
        events.publish(domainId, meetingUuid, { event: 'transcript', data: { kind: 'speaking', speaker } });
      }
    },
    async line(line: RtmsTranscriptLine) {
      for (const { domainId, meetingUuid, segment } of await recordTranscriptLine(prisma, line)) {
        events.publish(domainId, meetingUuid, { event: 'transcript', data: { kind: 'segment', segment } });
      }
    },
    async stopped(meetingUuid: string, rtmsStreamId: string, stopReason: number) {
      publishCapture(await stopTranscriptCapture(prisma, { meetingUuid, rtmsStreamId, stopReason }), false);
    },
  };
}
