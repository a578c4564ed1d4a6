import type { AuthorizationCode, Installation, IssuedToken, PendingConsent, RecordingFile, TokenRequestRecord, WebhookDelivery } from './records.ts';

/** Knobs tests turn: lifetimes, the origin links point at, how long Zoom waits for a webhook reply. */
export interface SandboxSettings {
  /** The origin of Zoom's web and API hosts as the product reaches them (deeplinks, download URLs). */
  origin: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  authorizationCodeTtlSeconds: number;
  consentTtlSeconds: number;
  webhookTimeoutMs: number;
  /** How long after `meeting.ended` Zoom announces the meeting's cloud recording. */
  recordingDelayMs: number;
}

/** Everything the sandbox remembers; one per app, so tests never share Zoom's memory. */
export interface SandboxState {
  settings: SandboxSettings;
  /** Epoch milliseconds; tests may replace it to move time forward. */
  now: () => number;
  installations: Map<string, Installation>;
  consents: Map<string, PendingConsent>;
  authorizationCodes: Map<string, AuthorizationCode>;
  /** By `tokenDigest(token)`: the tokens themselves are handed out once and never kept. */
  accessTokens: Map<string, IssuedToken>;
  refreshTokens: Map<string, IssuedToken>;
  tokenRequests: TokenRequestRecord[];
  recordingFiles: Map<string, RecordingFile>;
  /** How many of the next recording downloads answer 500 (to exercise the product's retries). */
  failingDownloads: number;
  webhookDeliveries: WebhookDelivery[];
  /** Called after every change of what outlives a restart (installations, tokens, recordings): the state file saves it. */
  changed: () => void;
}

export function createSandboxState(settings: Partial<SandboxSettings> = {}): SandboxState {
  return {
    settings: {
      origin: 'http://localhost:3001',
      accessTokenTtlSeconds: 3600,
      refreshTokenTtlSeconds: 90 * 24 * 3600,
      authorizationCodeTtlSeconds: 300,
      consentTtlSeconds: 600,
      // Zoom gives up on a webhook endpoint that has not answered within 3 seconds.
      webhookTimeoutMs: 3000,
      recordingDelayMs: 1000,
      ...settings,
    },
    now: () => Date.now(),
    installations: new Map(),
    consents: new Map(),
    authorizationCodes: new Map(),
    accessTokens: new Map(),
    refreshTokens: new Map(),
    tokenRequests: [],
    recordingFiles: new Map(),
    failingDownloads: 0,
    webhookDeliveries: [],
    changed: () => undefined,
  };
}
