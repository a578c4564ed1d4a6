/**
 * The Zoom Apps SDK APIs the sidebar calls, and only those: the sidebar asks for them in `zoomSdk.config`, and
 * each must be enabled for the app in the Zoom Marketplace ("Features → Zoom App SDK"), where admins see the
 * list — the sandbox's Marketplace registers the app with this same list.
 */
export const ZOOM_APP_SDK_APIS = [
  'getUserContext',
  'getMeetingUUID',
  'getMeetingContext',
  'getMeetingParticipants',
  'onParticipantChange',
  'getMeetingParticipantsEmail',
  'onParticipantEmail',
  'getAppContext',
  'authorize',
  'onAuthorized',
  'expandApp',
  'onExpandApp',
  'onMeeting',
  'showAppInvitationDialog',
  // The live transcript: the host starts, pauses, resumes and stops the meeting's Realtime Media Streams (issue 18).
  'startRTMS',
  'pauseRTMS',
  'resumeRTMS',
  'stopRTMS',
  'getRTMSStatus',
  'onRTMSStatusChange',
] as const;
