import express from 'express';
import { z } from 'zod';
import type { RtmsServer, RtmsStream } from './rtms-server.ts';

const interruptRequest = z.object({ socket: z.enum(['signaling', 'media']) });

const streamView = (stream: RtmsStream) => ({
  rtmsStreamId: stream.id,
  rtmsSessionId: stream.sessionId,
  meetingUuid: stream.meeting.meetingUUID,
  status: stream.stopReason === undefined ? 'started' : 'stopped',
  ...(stream.stopReason === undefined ? {} : { stopReason: stream.stopReason }),
  signalingConnected: stream.signaling !== undefined,
  mediaConnected: stream.media !== undefined,
});

/**
 * Test controls of the RTMS server, so journeys can find a meeting's stream and break its connections
 * the ways the network and Zoom's servers do.
 */
export function rtmsRouter(rtms: RtmsServer) {
  const router = express.Router();
  const json = express.json({ limit: '1kb' });

  router.get('/client/api/meetings/:meetingUuid/rtms', (req, res) => {
    const stream = rtms.running(req.params.meetingUuid);
    if (!stream) return res.status(404).json({ error: 'No RTMS stream runs in this meeting.' });
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

  return router;
}
