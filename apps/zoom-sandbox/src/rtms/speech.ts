/** One line a participant says in a sandbox meeting: speech is text here (issue 18). */
export interface SpokenLine {
  /** The speaker's Zoom user id as RTMS packets carry it (a number). */
  userId: number;
  userName: string;
  text: string;
  language: 'en' | 'ja';
  /** How long saying it took (a demo conversation played faster says its lines faster): the packet's end minus its start. */
  durationMs: number;
}

/**
 * Where spoken lines go: the RTMS server turns each into a transcript packet (msg_type 17) on every media
 * connection of the meeting's running stream. `say` answers false when the meeting has no running stream.
 */
export interface SpeechSink {
  say(meetingUuid: string, line: SpokenLine): boolean;
}
