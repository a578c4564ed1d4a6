import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createSandboxApp } from '../src/app.ts';
import { clientStateOf } from '../src/client/client-state.ts';
import { endMeeting } from '../src/meetings/end-meeting.ts';
import { defaultMeeting } from '../src/meetings/meetings.ts';
import { spokenMs } from '../src/speech/line-timing.ts';
import { DEMO_CONVERSATIONS } from '../src/speech/demo-conversations.ts';
import { speechApi } from '../src/speech/speech-api.ts';
import { createSandboxState } from '../src/state/sandbox-state.ts';
import { testSandboxConfig } from './support/config.ts';
import { manualClock } from './support/manual-clock.ts';
import { recordingSpeech } from './support/recording-speech.ts';

/** The sandbox app with a recording SpeechSink; the conversation player's time is moved by hand. */
function setup({ streaming = true } = {}) {
  const state = createSandboxState();
  const speech = recordingSpeech(streaming);
  const time = manualClock();
  const app = express().use(speechApi(state, speech.sink, time.clock));
  const { meetings } = clientStateOf(state);
  const meeting = defaultMeeting(meetings);
  const base = `/client/api/meetings/${encodeURIComponent(meeting.meetingUUID)}`;
  return { app, meetings, meeting, base, speech, time };
}

describe('the sandbox’s speech: a participant says a line', () => {
  it('sends the line to the SpeechSink with the speaker’s numeric Zoom user id and screen name', async () => {
    const { app, meeting, base, speech } = setup();
    const emma = meeting.participants.find((participant) => participant.screenName === 'Emma Clark')!;
    const answer = await request(app)
      .post(`${base}/say`)
      .send({ participant: emma.participantUUID, text: "  We'll get back to you next week.  ", language: 'en' })
      .expect(200);
    // Said at natural speed: seven words at 2.5 a second.
    const line = { userId: emma.participantId, userName: 'Emma Clark', text: "We'll get back to you next week.", language: 'en', durationMs: 2800 };
    expect(answer.body).toEqual(line);
    expect(speech.said).toEqual([{ meetingUuid: meeting.meetingUUID, line }]);
    expect(Number.isInteger(emma.participantId)).toBe(true);
  });

  it('answers 409 with a clear message when the meeting has no running stream, or has ended', async () => {
    const { app, meetings, meeting, base, speech } = setup({ streaming: false });
    const answer = await request(app)
      .post(`${base}/say`)
      .send({ participant: meeting.participants[0]!.participantUUID, text: '来週までに見積もりを送ります。', language: 'ja' })
      .expect(409);
    expect(answer.body.error).toMatch(/No RTMS stream is running for this meeting/);
    expect(speech.said).toEqual([]);
    endMeeting(meetings, meeting.meetingUUID);
    const ended = await request(app)
      .post(`${base}/say`)
      .send({ participant: meeting.participants[0]!.participantUUID, text: 'Hello?', language: 'en' })
      .expect(409);
    expect(ended.body.error).toBe('The meeting has ended.');
  });

  it('names the field of a bad request, and refuses unknown participants and meetings', async () => {
    const { app, meeting, base } = setup();
    const participant = meeting.participants[0]!.participantUUID;
    for (const [body, field] of [
      [{ participant, text: '   ', language: 'en' }, 'text'],
      [{ participant, text: 'Hello', language: 'fr' }, 'language'],
      [{ text: 'Hello', language: 'en' }, 'participant'],
    ] as const) {
      const answer = await request(app).post(`${base}/say`).send(body).expect(400);
      expect(JSON.parse(answer.body.detail)[0].path).toEqual([field]);
    }
    await request(app).post(`${base}/say`).send({ participant: 'nobody', text: 'Hello', language: 'en' }).expect(404);
    await request(app).post('/client/api/meetings/nope/say').send({ participant, text: 'Hello', language: 'en' }).expect(404);
  });

  it('is mounted in the sandbox app, where no meeting has a stream until an RTMS server is given', async () => {
    const state = createSandboxState();
    const meeting = defaultMeeting(clientStateOf(state).meetings);
    const app = createSandboxApp(testSandboxConfig(), state);
    const path = `/client/api/meetings/${encodeURIComponent(meeting.meetingUUID)}/say`;
    await request(app).post(path).send({ participant: meeting.participants[0]!.participantUUID, text: 'Hello', language: 'en' }).expect(409);
    await request(app).post(path).send({}).expect(400);
  });
});

describe('the sandbox’s speech: the demo conversation', () => {
  it('plays the chosen script at the chosen speed, each line from its speaker, until it ends', async () => {
    const { app, meeting, base, speech, time } = setup();
    const started = await request(app).post(`${base}/conversation`).send({ language: 'ja', speed: 10 }).expect(202);
    const script = DEMO_CONVERSATIONS.ja;
    expect(started.body).toMatchObject({ language: 'ja', speed: 10, lines: script.length });
    expect(speech.said).toEqual([]);
    const host = meeting.participants.find((participant) => participant.role === 'host')!;
    // The first speaker begins at once (Zoom's active speaker); their line comes when they finish it.
    time.advance(0);
    expect(speech.began).toEqual([{ meetingUuid: meeting.meetingUUID, speaker: { userId: host.participantId, userName: host.screenName } }]);
    time.advance(started.body.durationMs);
    expect(speech.began).toHaveLength(script.length);
    expect(speech.said.map(({ line }) => line.text)).toEqual(script.map((line) => line.text));
    const olivia = meeting.participants.find((participant) => participant.screenName === 'Olivia Park')!;
    expect(speech.said[0]).toEqual({
      meetingUuid: meeting.meetingUUID,
      line: { userId: host.participantId, userName: host.screenName, text: script[0]!.text, language: 'ja', durationMs: expect.any(Number) },
    });
    // Played ten times faster, each line is said ten times faster.
    const natural = spokenMs(script[0]!);
    expect(speech.said[0]!.line.durationMs).toBeCloseTo(natural / 10, -1);
    expect(speech.said.at(-1)!.line).toMatchObject({ userId: olivia.participantId, userName: 'Olivia Park' });
    expect(time.pending()).toBe(0);
  });

  it('stops from the control route, and when the meeting ends', async () => {
    const { app, meeting, meetings, base, speech, time } = setup();
    await request(app).post(`${base}/conversation`).send({ language: 'en', speed: 2 }).expect(202);
    time.advance(5000);
    const played = speech.said.length;
    expect(played).toBeGreaterThan(0);
    expect((await request(app).delete(`${base}/conversation`).expect(200)).body).toEqual({ stopped: true, played });
    time.advance(600_000);
    expect(speech.said).toHaveLength(played);
    expect((await request(app).delete(`${base}/conversation`).expect(200)).body).toEqual({ stopped: false, played: 0 });

    await request(app).post(`${base}/conversation`).send({ language: 'en', speed: 10 }).expect(202);
    time.advance(5000);
    const before = speech.said.length;
    expect(before).toBeGreaterThan(played);
    endMeeting(meetings, meeting.meetingUUID);
    time.advance(600_000);
    expect(speech.said).toHaveLength(before);
    expect(time.pending()).toBe(0);
  });

  it('refuses a bad speed or language, and a meeting missing a speaker', async () => {
    const { app, meeting, base } = setup();
    const bad = await request(app).post(`${base}/conversation`).send({ language: 'de', speed: 0 }).expect(400);
    expect(JSON.parse(bad.body.detail).map((issue: { path: string[] }) => issue.path[0])).toEqual(['language', 'speed']);
    meeting.participants = meeting.participants.filter((participant) => participant.screenName !== 'Jordan Blake');
    const missing = await request(app).post(`${base}/conversation`).send({ language: 'en' }).expect(409);
    expect(missing.body.error).toBe('The demo conversation needs Jordan Blake in the meeting.');
  });
});
