import express from 'express';
import type { SandboxState } from '../state/sandbox-state.ts';
import type { SpeechSink, SpokenLine } from '../rtms/speech.ts';
import type { MeetingParticipant } from '../meetings/meeting-records.ts';
import { findMeeting, findParticipant, liveMeeting } from '../meetings/meetings.ts';
import { clientStateOf } from '../client/client-state.ts';
import { clientApiErrors } from '../client/meeting-api.ts';
import { playConversationRequest, sayRequest } from '../client/client-schemas.ts';
import { DEMO_CONVERSATIONS } from './demo-conversations.ts';
import { spokenMs, timeLines, type TimedLine } from './line-timing.ts';
import { systemPlayerClock, type PlayerClock } from './player-clock.ts';
import { speakersOf } from './speakers-of.ts';
import { startPlayback, type Playbacks } from './start-playback.ts';

const NO_STREAM = 'No RTMS stream is running for this meeting: start capture in the app first (startRTMS).';

/** The line as RTMS carries it: Zoom's numeric user id and the screen name the meeting shows. */
export const spokenBy = (
  speaker: MeetingParticipant,
  { text, language, durationMs = spokenMs({ text, language }) }: Pick<SpokenLine, 'text' | 'language'> & { durationMs?: number },
): SpokenLine => ({
  userId: speaker.participantId,
  userName: speaker.screenName,
  text,
  language,
  durationMs,
});

/**
 * Speech is text in the sandbox (issue 18): a participant "says" a line, or the scripted demo conversation
 * plays, and each line goes to `sink` (the RTMS server), which answers false when the meeting has no stream.
 */
export function speechApi(sandbox: SandboxState, sink: SpeechSink, clock: PlayerClock = systemPlayerClock(() => sandbox.now())) {
  const { meetings } = clientStateOf(sandbox);
  const playbacks: Playbacks = new Map();
  const router = express.Router();
  const json = express.json({ limit: '16kb' });

  router.post('/client/api/meetings/:meetingUuid/say', json, (req, res) => {
    const body = sayRequest.parse(req.body);
    const meeting = liveMeeting(meetings, req.params.meetingUuid);
    const line = spokenBy(findParticipant(meeting, body.participant), body);
    if (!sink.say(meeting.meetingUUID, line)) return res.status(409).json({ error: NO_STREAM });
    res.json(line);
  });

  // Plays the demo QBR (replacing one already playing); lines said while no stream runs are lost, as speech is.
  router.post('/client/api/meetings/:meetingUuid/conversation', json, (req, res) => {
    const body = playConversationRequest.parse(req.body);
    const meeting = liveMeeting(meetings, req.params.meetingUuid);
    const script = DEMO_CONVERSATIONS[body.language];
    const speakers = speakersOf(meeting, script);
    if (!speakers.ok) return res.status(409).json({ error: `The demo conversation needs ${speakers.missing.join(', ')} in the meeting.` });
    const lines = timeLines(script, body.speed);
    const speakerOf = (line: TimedLine) => speakers.bySpeaker.get(line.speaker)!;
    startPlayback(playbacks, meetings, meeting.meetingUUID, lines, clock, {
      begins: (line) => sink.begins(meeting.meetingUUID, spokenBy(speakerOf(line), line)),
      said: (line) => sink.say(meeting.meetingUUID, spokenBy(speakerOf(line), { ...line, durationMs: line.endMs - line.startMs })),
    });
    res.status(202).json({ language: body.language, speed: body.speed, lines: lines.length, durationMs: lines.at(-1)?.endMs ?? 0 });
  });

  router.delete('/client/api/meetings/:meetingUuid/conversation', (req, res) => {
    const meeting = findMeeting(meetings, req.params.meetingUuid);
    const playback = playbacks.get(meeting.meetingUUID);
    playback?.stop();
    res.json({ stopped: playback !== undefined, played: playback?.played ?? 0 });
  });

  // Express skips routers while an error is pending, so the client API's error answers are mounted here too.
  router.use('/client/api', clientApiErrors);
  return router;
}
