/** The records the sandbox keeps in memory, one shape per thing Zoom would store. */

export type CodeChallengeMethod = 'plain' | 'S256';

/** A user's grant of the app ("installed"); removing it ends every token of that user. */
export interface Installation {
  userId: string;
  clientId: string;
  scope: string;
  installedAt: number;
}

/** The consent page's one-time id: the authorize request waiting for Authorize or Deny. */
export interface PendingConsent {
  id: string;
  clientId: string;
  userId: string;
  redirectUri: string;
  state?: string;
  codeChallenge?: string;
  codeChallengeMethod?: CodeChallengeMethod;
  expiresAt: number;
}

export interface AuthorizationCode {
  code: string;
  clientId: string;
  userId: string;
  redirectUri: string;
  scope: string;
  codeChallenge?: string;
  codeChallengeMethod?: CodeChallengeMethod;
  expiresAt: number;
}

/** An access or refresh token as Zoom keeps it: without the token itself (the maps key it by its digest). */
export interface IssuedToken {
  clientId: string;
  userId: string;
  scope: string;
  expiresAt: number;
  /** Rotated away or revoked: kept only so later uses can be attributed to their user. */
  retired?: boolean;
}

/** One call of POST /oauth/token, so tests can count refreshes per user. */
export interface TokenRequestRecord {
  grantType: string;
  userId?: string;
  ok: boolean;
  at: number;
}

export type RecordingFileType = 'TRANSCRIPT' | 'CHAT';

export interface RecordingFile {
  id: string;
  meetingUuid: string;
  hostUserId: string;
  fileType: RecordingFileType;
  content: string;
  recordedAt: number;
}

export interface WebhookAttempt {
  at: number;
  timestamp: string;
  status: number | null;
  responseBody: string;
  durationMs: number;
  error?: string;
}

/** One event sent to the product; redeliveries append attempts with the same request id and body. */
export interface WebhookDelivery {
  id: string;
  requestId: string;
  event: string;
  url: string;
  body: string;
  attempts: WebhookAttempt[];
  /** Only for endpoint.url_validation: whether the reply proved knowledge of the secret token. */
  urlValidationPassed?: boolean;
}
