/** A transcript packet (msg_type 17) as the RTMS client received it, with the stream it came on. */
export interface RtmsTranscriptLine {
  meetingUuid: string;
  rtmsStreamId: string;
  /** Zoom's numeric user id of the speaker, and their display name. */
  zoomUserId: number;
  userName: string;
  /** Epoch milliseconds. */
  startTime: number;
  endTime: number;
  /** RTMS language code (9 English, 20 Japanese…). */
  language: number;
  text: string;
}

/** An active-speaker change (signaling event 2): someone else began speaking; their line comes when they finish it. */
export interface RtmsSpeakerChange {
  meetingUuid: string;
  rtmsStreamId: string;
  zoomUserId: number;
  userName: string;
}

/** What the RTMS client tells the rest of the BFF: capture on, paused or resumed, who speaks, each transcript line, capture off and why. */
export interface RtmsListener {
  started(meetingUuid: string, rtmsStreamId: string): Promise<void>;
  speaking(change: RtmsSpeakerChange): Promise<void>;
  /** The host paused the stream (Zoom's session state 3), or resumed it (4). */
  paused(meetingUuid: string, rtmsStreamId: string, paused: boolean): Promise<void>;
  line(line: RtmsTranscriptLine): Promise<void>;
  /** `stopReason` as Zoom numbers it (8: revoked, so what was kept is deleted). */
  stopped(meetingUuid: string, rtmsStreamId: string, stopReason: number): Promise<void>;
}
