import type { SpeechSink, SpokenLine } from '../../src/rtms/speech.ts';

/** A SpeechSink that keeps what reaches it; `streaming` says whether the meeting's stream runs (say's answer). */
export function recordingSpeech(streaming = true) {
  const said: Array<{ meetingUuid: string; line: SpokenLine }> = [];
  const sink: SpeechSink & { streaming: boolean } = {
    streaming,
    say(meetingUuid, line) {
      if (!sink.streaming) return false;
      said.push({ meetingUuid, line });
      return true;
    },
  };
  return { sink, said };
}
