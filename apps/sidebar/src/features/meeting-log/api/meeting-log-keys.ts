/** Every cache entry of one meeting's log starts with `detail`: the meeting's own route and the host's. */
const detail = (meetingUuid: string) => ['meeting-log', meetingUuid] as const;

export const meetingLogKeys = {
  /** The signed-in user's logs waiting for an answer. */
  pending: ['meeting-logs', 'PENDING'] as const,
  detail,
  hosted: (meetingUuid: string) => [...detail(meetingUuid), 'hosted'] as const,
};
