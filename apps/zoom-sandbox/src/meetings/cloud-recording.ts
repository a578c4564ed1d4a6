import { addRecording, type RecordingFileDescriptor } from '../rest/recordings.ts';
import type { SandboxState } from '../state/sandbox-state.ts';
import type { WebhookEvent } from '../webhooks/send-webhook.ts';
import type { Meeting } from './meeting-records.ts';

/** What each speaker says in turn: plausible call talk, English and Japanese mixed like real accounts. */
const SCRIPT: readonly (readonly string[])[] = [
  ['Thanks everyone for joining. Let’s start with the renewal timeline.', 'Next step: I will send the proposal by Friday.'],
  ['はい、よろしくお願いします。予算は来期分まで承認済みです。', 'The onboarding of the second team went well.'],
  ['We still see slow exports in the reporting module.', '導入スケジュールについては社内で確認します。'],
  ['Could we get a roadmap session next month?', 'ありがとうございました。'],
];
const CHAT_MESSAGES = ['Here is the agenda for today', '資料のリンクを共有します', 'Thanks, talk soon!'];

const CUE_MS = 4_000;
const SPEAKERS = SCRIPT.length;

/** `hh:mm:ss.mmm` for WebVTT, or `hh:mm:ss` for chat. */
function clock(ms: number, withMillis: boolean): string {
  const hhmmss = new Date(ms).toISOString().slice(11, 19);
  return withMillis ? `${hhmmss}.${String(ms % 1000).padStart(3, '0')}` : hhmmss;
}

/** Who spoke: the first few participants, host first. */
const speakersOf = (meeting: Meeting) => meeting.participants.slice(0, SPEAKERS).map((participant) => participant.screenName);

/** The audio transcript Zoom writes: numbered WebVTT cues, each `Name: text`, speakers taking turns. */
export function transcriptOf(meeting: Meeting): string {
  const speakers = speakersOf(meeting);
  const turns = [0, 1].flatMap((round) => speakers.map((name, index) => ({ name, text: SCRIPT[index]![round]! })));
  const cues = turns.map(
    (turn, index) => `${index + 1}\n${clock(index * CUE_MS, true)} --> ${clock((index + 1) * CUE_MS - 500, true)}\n${turn.name}: ${turn.text}`,
  );
  return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}

/** The meeting's chat as newer Zoom clients save it: `hh:mm:ss From Name to Everyone:` then the message, indented. */
export function chatOf(meeting: Meeting): string {
  const speakers = speakersOf(meeting);
  return CHAT_MESSAGES.map(
    (message, index) => `${clock(meeting.startedAt + (index + 1) * 60_000, false)} From ${speakers[index % speakers.length]} to Everyone:\n\t${message}\n`,
  ).join('');
}

const zoomTime = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The `recording.completed` event Zoom sends once a cloud recording has been processed. */
export function recordingCompletedEvent(meeting: Meeting, accountId: string, files: RecordingFileDescriptor[]): WebhookEvent {
  const endedAt = meeting.endedAt ?? meeting.startedAt;
  return {
    event: 'recording.completed',
    payload: {
      account_id: accountId,
      object: {
        uuid: meeting.meetingUUID,
        id: meeting.meetingID,
        host_id: meeting.hostUserId,
        topic: meeting.topic,
        type: 2,
        start_time: zoomTime(meeting.startedAt),
        timezone: 'UTC',
        duration: Math.max(1, Math.round((endedAt - meeting.startedAt) / 60_000)),
        total_size: files.reduce((sum, file) => sum + file.file_size, 0),
        recording_count: files.length,
        recording_files: files,
      },
    },
  };
}

/** Makes an ended meeting's cloud recording (transcript and chat), stored for download, and its event. */
export function recordMeeting(state: SandboxState, meeting: Meeting, accountId: string): WebhookEvent {
  const files = addRecording(state, meeting.meetingUUID, meeting.hostUserId, [
    { fileType: 'TRANSCRIPT', content: transcriptOf(meeting) },
    { fileType: 'CHAT', content: chatOf(meeting) },
  ]);
  return recordingCompletedEvent(meeting, accountId, files);
}
