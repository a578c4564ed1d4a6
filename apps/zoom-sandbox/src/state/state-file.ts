import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { SandboxState } from './sandbox-state.ts';

// What outlives a restart: who installed the app, their live tokens (by digest, see token-digest.ts), and
// the cloud recordings the product may still download. Meetings, consents and codes are short-lived and
// start afresh, as a restarted Zoom client would.
const installation = z.object({ userId: z.string(), clientId: z.string(), scope: z.string(), installedAt: z.number() });
const issuedToken = z.object({ clientId: z.string(), userId: z.string(), scope: z.string(), expiresAt: z.number(), retired: z.boolean().optional() });
const recordingFile = z.object({
  id: z.string(),
  meetingUuid: z.string(),
  hostUserId: z.string(),
  fileType: z.enum(['TRANSCRIPT', 'CHAT']),
  content: z.string(),
  recordedAt: z.number(),
});
const stateFileSchema = z.object({
  version: z.literal(1),
  installations: z.array(installation),
  accessTokens: z.array(z.tuple([z.string(), issuedToken])),
  refreshTokens: z.array(z.tuple([z.string(), issuedToken])),
  recordingFiles: z.array(recordingFile),
});
type StateFile = z.infer<typeof stateFileSchema>;

/** Only tokens that can still be used: the file does not grow with every rotation. */
const live = (state: SandboxState, tokens: SandboxState['accessTokens']) => [...tokens].filter(([, token]) => !token.retired && token.expiresAt > state.now());

function snapshot(state: SandboxState): StateFile {
  return {
    version: 1,
    installations: [...state.installations.values()],
    accessTokens: live(state, state.accessTokens),
    refreshTokens: live(state, state.refreshTokens),
    recordingFiles: [...state.recordingFiles.values()],
  };
}

function save(state: SandboxState, file: string) {
  // Written whole and renamed over the old one, so a crash mid-write never leaves half a file.
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(snapshot(state)), { mode: 0o600 });
  renameSync(temporary, file);
}

function load(state: SandboxState, file: string) {
  let saved: StateFile;
  try {
    saved = stateFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new Error(`the sandbox's state file ${file} cannot be read (${(error as Error).message}); delete it to start with no installations`, {
      cause: error,
    });
  }
  for (const found of saved.installations) state.installations.set(found.userId, found);
  for (const [digest, token] of saved.accessTokens) state.accessTokens.set(digest, token);
  for (const [digest, token] of saved.refreshTokens) state.refreshTokens.set(digest, token);
  for (const found of saved.recordingFiles) state.recordingFiles.set(found.id, found);
}

/**
 * Keeps the sandbox's installations, tokens and recordings in `file` (next to the product's embedded
 * store): read now if it exists, written after every change. A restarted demo so finds the app still
 * installed, and the product's stored refresh token still works.
 */
export function keepStateInFile(state: SandboxState, file: string) {
  mkdirSync(dirname(file), { recursive: true });
  if (existsSync(file)) load(state, file);
  state.changed = () => save(state, file);
}
