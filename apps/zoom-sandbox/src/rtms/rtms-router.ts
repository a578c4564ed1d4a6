import express from 'express';
import { RTMS_STOP_REASON } from '@c360/contracts';
import { z } from 'zod';
import { clientApiErrors } from '../client/meeting-api.ts';
import { findMeeting, findParticipant, MeetingError, type Meetings } from '../meetings/meetings.ts';
import type { RtmsServer, RtmsStream } from './rtms-server.ts';

const interruptRequest = z.object({ socket: z.enum(['signaling', 'media']) });
const captureRequest = z.object({ action: z.enum(['start', 'pause', 'resume', 'stop']), participantUuid: z.string().min(1) });

const streamView = (stream: RtmsStream) => ({
  rtmsStreamId: stream.id,
  rtmsSessionId: stream.sessionId,
  meetingUuid: stream.meeting.meetingUUID,
  status: stream.stopReason !== undefined ? ('stopped' as const) : stream.paused ? ('paused' as const) : ('started' as const),
  ...(stream.stopReason === undefined ? {} : { stopReason: stream.stopReason }),
  changedAt: stream.changedAt,
  signalingConnected: stream.signaling !== undefined,
  mediaConnected: stream.media !== undefined,
});

export type RtmsStreamView = ReturnType<typeof streamView>;

/**
 * The client page's startRTMS/pauseRTMS/resumeRTMS/stopRTMS/getRTMSStatus (what Zoom does for the app), and test controls so
 * journeys can find a meeting's stream and break its connections the ways the network and Zoom's servers do.
 */
export function rtmsRouter(rtms: RtmsServer, meetings: Meetings) {
  const router = express.Router();
  const json = express.json({ limit: '1kb' });

  router.get('/client/api/meetings/:meetingUuid/rtms', (req, res) => {
    const meeting = findMeeting(meetings, req.params.meetingUuid);
    res.json({ streams: rtms.streamsOf(meeting.meetingUUID).map(streamView) });
  });

  // Any participant signed in to Zoom may start, pause, resume or stop the app's stream; a guest may not.
  router.post('/client/api/meetings/:meetingUuid/rtms', json, (req, res) => {
    const { action, participantUuid } = captureRequest.parse(req.body);
    const meeting = findMeeting(meetings, req.params.meetingUuid);
    const participant = findParticipant(meeting, participantUuid);
    if (participant.guest) throw new MeetingError('INVALID', 'A guest cannot start or stop realtime media streams.');
    if (meeting.endedAt !== undefined) throw new MeetingError('ENDED', 'The meeting has ended.');
    if (action === 'start') return res.json(streamView(rtms.start(meeting, participant.zoomUserId ?? participant.participantUUID)));
    const stream = rtms.running(meeting.meetingUUID);
    if (!stream) return res.status(409).json({ error: 'No realtime media stream runs in this meeting.' });
    if (action === 'pause' || action === 'resume') {
      rtms.setPaused(stream, action === 'pause');
      return res.json(streamView(stream));
    }
    rtms.stop(stream, participant.role === 'host' ? RTMS_STOP_REASON.HOST_TRIGGERED : RTMS_STOP_REASON.USER_TRIGGERED);
    res.json(streamView(stream));
  });

  router.post('/client/api/rtms/:streamId/interrupt', json, (req, res) => {
    const stream = rtms.streams.get(req.params.streamId);
    if (!stream || stream.stopReason !== undefined) return res.status(404).json({ error: 'No such running RTMS stream.' });
    const body = interruptRequest.safeParse(req.body);
    if (!body.success) return res.status(400).json({ error: 'Give socket: "signaling" or "media".' });
    rtms.interrupt(stream, body.data.socket);
    res.json(streamView(stream));
  });

  router.post('/client/api/rtms/:streamId/failover', (req, res) => {
    const stream = rtms.streams.get(req.params.streamId);
    if (!stream || stream.stopReason !== undefined) return res.status(404).json({ error: 'No such running RTMS stream.' });
    rtms.failover(stream);
    res.json(streamView(stream));
  });

  router.use('/client/api', clientApiErrors);
  return router;
}
