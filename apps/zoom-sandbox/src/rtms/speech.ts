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

/** Who speaks, as RTMS names them. */
export type Speaker = Pick<SpokenLine, 'userId' | 'userName'>;

/**
 * Where speech goes: the RTMS server makes a speaker who begins the active speaker (event 2, as Zoom does when
 * someone else starts talking), and turns each line said into a transcript packet (msg_type 17) on the media
 * connection of the meeting's running stream. Both answer false when the meeting has no running stream.
 */
export interface SpeechSink {
  begins(meetingUuid: string, speaker: Speaker): boolean;
  /** A line said whole: its speaker begins too, if they had not. */
  say(meetingUuid: string, line: SpokenLine): boolean;
}
