import type { Request, Response } from 'express';
import { subscribe, type Meetings } from '../meetings/meetings.ts';
import type { Meeting } from '../meetings/meeting-records.ts';
import { changeMessage, meetingSnapshot } from './meeting-snapshot.ts';

// Proxies and browsers drop an event stream that stays silent too long.
const HEARTBEAT_MS = 20_000;

/** Server-sent events: the meeting as it is now, then every change, so open client pages stay in step. */
export function streamMeetingEvents(meetings: Meetings, meeting: Meeting, req: Request, res: Response) {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-accel-buffering': 'no',
  });
  const send = (event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  send('snapshot', meetingSnapshot(meeting));
  const unsubscribe = subscribe(meetings, meeting.meetingUUID, (change, current) => send('change', changeMessage(change, current)));
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  req.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}
