import { subscribe, type Meetings } from '../meetings/meetings.ts';
import { playConversation, type ConversationSink, type Playback } from './conversation-player.ts';
import type { TimedLine } from './line-timing.ts';
import type { PlayerClock } from './player-clock.ts';

/** The conversation playing in each meeting, by meeting UUID. */
export type Playbacks = Map<string, Playback>;

/** Plays lines in a meeting: one conversation at a time per meeting, stopped when the meeting ends. */
export function startPlayback(
  playbacks: Playbacks,
  meetings: Meetings,
  meetingUuid: string,
  lines: readonly TimedLine[],
  clock: PlayerClock,
  sink: ConversationSink,
) {
  playbacks.get(meetingUuid)?.stop();
  let unsubscribe = () => {};
  const playback = playConversation(lines, sink, clock, () => {
    unsubscribe();
    if (playbacks.get(meetingUuid)?.finished) playbacks.delete(meetingUuid);
  });
  if (playback.finished) return playback;
  unsubscribe = subscribe(meetings, meetingUuid, (change) => {
    if (change.type === 'ended') playback.stop();
  });
  playbacks.set(meetingUuid, playback);
  return playback;
}
