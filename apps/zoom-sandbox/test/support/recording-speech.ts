import type { Speaker, SpeechSink, SpokenLine } from '../../src/rtms/speech.ts';

/** A SpeechSink that keeps what reaches it; `streaming` says whether the meeting's stream runs (its answer). */
export function recordingSpeech(streaming = true) {
  const said: Array<{ meetingUuid: string; line: SpokenLine }> = [];
  const began: Array<{ meetingUuid: string; speaker: Speaker }> = [];
  const sink: SpeechSink & { streaming: boolean } = {
    streaming,
    begins(meetingUuid, { userId, userName }) {
      if (!sink.streaming) return false;
      began.push({ meetingUuid, speaker: { userId, userName } });
      return true;
    },
    say(meetingUuid, line) {
      if (!sink.streaming) return false;
      said.push({ meetingUuid, line });
      return true;
    },
  };
  return { sink, said, began };
}
