import { parseWebVtt, parseZoomChat } from '@c360/c360';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createSandboxApp } from '../src/app.ts';
import { clientStateOf } from '../src/client/client-state.ts';
import { chatOf, recordMeeting, transcriptOf } from '../src/meetings/cloud-recording.ts';
import { endMeeting } from '../src/meetings/end-meeting.ts';
import { createMeetings, defaultMeeting } from '../src/meetings/meetings.ts';
import { createSandboxState } from '../src/state/sandbox-state.ts';
import { testSandboxConfig } from './support/config.ts';
import { startWebhookReceiver } from './support/webhook-receiver.ts';

function endedDemoMeeting() {
  const meetings = createMeetings(() => Date.parse('2026-11-20T10:00:00Z'));
  const meeting = defaultMeeting(meetings);
  meetings.now = () => Date.parse('2026-11-20T10:30:00Z');
  return endMeeting(meetings, meeting.meetingUUID);
}

describe('the cloud recording of an ended meeting', () => {
  it('has a WebVTT transcript in which the participants take turns, in English and Japanese', () => {
    const meeting = endedDemoMeeting();
    const vtt = transcriptOf(meeting);
    expect(vtt.startsWith('WEBVTT\n\n1\n00:00:00.000 --> 00:00:03.500\n')).toBe(true);
    const lines = parseWebVtt(vtt);
    const speakers = meeting.participants.slice(0, 4).map((participant) => participant.screenName);
    expect(lines).toHaveLength(2 * speakers.length);
    expect(lines.map((line) => line.speaker)).toEqual([...speakers, ...speakers]);
    expect(lines.some((line) => /[ぁ-ん]/.test(line.text))).toBe(true);
  });

  it('has a chat in the newer Zoom format, timed from the meeting’s start', () => {
    const meeting = endedDemoMeeting();
    const chat = chatOf(meeting);
    expect(chat.split('\n')[0]).toBe(`10:01:00 From ${meeting.participants[0]!.screenName} to Everyone:`);
    expect(parseZoomChat(chat).map((line) => line.text)).toEqual(['Here is the agenda for today', '資料のリンクを共有します', 'Thanks, talk soon!']);
  });

  it('stores both files for the host to download, and announces them like Zoom’s recording.completed', () => {
    const state = createSandboxState({ origin: 'http://localhost:3001' });
    const meeting = endedDemoMeeting();
    const { event, payload } = recordMeeting(state, meeting, 'acct-1');
    expect(event).toBe('recording.completed');
    expect(payload).toMatchObject({
      account_id: 'acct-1',
      object: {
        uuid: meeting.meetingUUID,
        id: meeting.meetingID,
        host_id: meeting.hostUserId,
        topic: meeting.topic,
        start_time: '2026-11-20T10:00:00Z',
        duration: 30,
      },
    });
    const files = (payload.object as { recording_files: Array<{ id: string; file_type: string; download_url: string }> }).recording_files;
    expect(files.map((file) => file.file_type)).toEqual(['TRANSCRIPT', 'CHAT']);
    for (const file of files) {
      expect(file.download_url).toBe(`http://localhost:3001/rec/download/${file.id}`);
      expect(state.recordingFiles.get(file.id)).toMatchObject({ meetingUuid: meeting.meetingUUID, hostUserId: meeting.hostUserId });
    }
  });
});

describe('ending a meeting in the sandbox client', () => {
  it('announces its cloud recording a moment after meeting.ended, as Zoom does', async () => {
    const receiver = await startWebhookReceiver();
    try {
      const state = createSandboxState({ recordingDelayMs: 20 });
      const app = createSandboxApp(testSandboxConfig({ PUBLIC_URL: receiver.origin }), state);
      const meeting = defaultMeeting(clientStateOf(state).meetings);
      await request(app)
        .post(`/client/api/meetings/${encodeURIComponent(meeting.meetingUUID)}/end`)
        .expect(200);

      await expect.poll(() => receiver.received.length).toBe(2);
      const [ended, recorded] = receiver.received.map((webhook) => JSON.parse(webhook.rawBody) as { event: string; payload: { object: { uuid: string } } });
      expect([ended!.event, recorded!.event]).toEqual(['meeting.ended', 'recording.completed']);
      expect(recorded!.payload.object.uuid).toBe(meeting.meetingUUID);
      expect([...state.recordingFiles.values()].map((file) => file.fileType)).toEqual(['TRANSCRIPT', 'CHAT']);
    } finally {
      await receiver.close();
    }
  });
});
