import type { SandboxState } from '../state/sandbox-state.ts';
import type { RecordingFileType } from '../state/records.ts';
import { randomToken } from '../state/random-token.ts';

const FILE_FORMATS: Record<RecordingFileType, { extension: string; recordingType: string; contentType: string }> = {
  TRANSCRIPT: { extension: 'VTT', recordingType: 'audio_transcript', contentType: 'text/vtt' },
  CHAT: { extension: 'TXT', recordingType: 'chat_file', contentType: 'text/plain' },
};

export const contentTypeOf = (fileType: RecordingFileType) => FILE_FORMATS[fileType].contentType;
export const fileExtensionOf = (fileType: RecordingFileType) => FILE_FORMATS[fileType].extension.toLowerCase();

/** A `recording_files[]` entry as Zoom puts it in `recording.completed` and the recordings API. */
export interface RecordingFileDescriptor {
  id: string;
  meeting_id: string;
  recording_start: string;
  recording_end: string;
  file_type: RecordingFileType;
  file_extension: string;
  file_size: number;
  download_url: string;
  status: 'completed';
  recording_type: string;
}

/**
 * Stores a finished meeting's cloud recording files; their download URLs need the host's access token.
 * Tests send the descriptors in a `recording.completed` webhook.
 */
export function addRecording(
  state: SandboxState,
  meetingUuid: string,
  hostUserId: string,
  files: readonly { fileType: RecordingFileType; content: string }[],
): RecordingFileDescriptor[] {
  const recordedAt = state.now();
  return files.map(({ fileType, content }) => {
    const id = randomToken(16);
    state.recordingFiles.set(id, { id, meetingUuid, hostUserId, fileType, content, recordedAt });
    state.changed();
    const format = FILE_FORMATS[fileType];
    return {
      id,
      meeting_id: meetingUuid,
      recording_start: new Date(recordedAt).toISOString(),
      recording_end: new Date(recordedAt).toISOString(),
      file_type: fileType,
      file_extension: format.extension,
      file_size: Buffer.byteLength(content),
      download_url: `${state.settings.origin}/rec/download/${id}`,
      status: 'completed',
      recording_type: format.recordingType,
    };
  });
}

/** The next `count` downloads answer 500, as Zoom's file servers sometimes do. */
export function failNextDownloads(state: SandboxState, count: number) {
  state.failingDownloads = count;
}
