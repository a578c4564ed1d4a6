import { claimDueRecordingFiles, failRecordingDownload, storeRecordingFile, type ClaimedRecordingFile, type RetryPolicy } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { downloadRecordingFile } from './download-recording-file.ts';

/** How many files one claim takes; they download in parallel. */
const BATCH_SIZE = 5;

export interface RecordingDownloaderOptions {
  config: Config;
  prisma: PrismaClient;
  logger: Logger;
  /** Defaults to the configured RECORDING_RETRY_BASE_MS / RECORDING_MAX_ATTEMPTS. */
  policy?: RetryPolicy;
  /** How often due retries are looked for; defaults to RECORDING_POLL_INTERVAL_MS. */
  pollIntervalMs?: number;
}

export interface RecordingDownloader {
  /** Starts polling for due files (and downloads what is due now). */
  start(): void;
  /** Work arrived (a recording webhook): download now instead of at the next poll. */
  kick(): void;
  /** Downloads every file due now, one batch after another; resolves with how many were attempted. */
  runDue(): Promise<number>;
  /** Stops polling and waits for the downloads under way. */
  stop(): Promise<void>;
}

/**
 * The background worker that brings transcripts and chats in from Zoom. Files are claimed in the store
 * (SKIP LOCKED), so any number of BFF processes may run one. Failures are retried with backoff and,
 * after the last attempt, reported in the audit trail and the log.
 */
export function createRecordingDownloader(options: RecordingDownloaderOptions): RecordingDownloader {
  const { config, prisma, logger } = options;
  const policy = options.policy ?? { baseMs: config.RECORDING_RETRY_BASE_MS, maxAttempts: config.RECORDING_MAX_ATTEMPTS };
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let again = false;
  let stopped = false;

  async function attempt(file: ClaimedRecordingFile): Promise<void> {
    const result = await downloadRecordingFile({ config, prisma }, file.hostZoomUserId, file.downloadUrl);
    if (result.ok) {
      const { lineCount } = await storeRecordingFile(prisma, file.id, result.content);
      logger.info({ fileId: file.id, kind: file.kind, lineCount }, 'recording file attached');
      return;
    }
    const outcome = await failRecordingDownload(prisma, file.id, result.error, policy);
    if (outcome.status === 'FAILED') {
      logger.error({ fileId: file.id, kind: file.kind, attempts: outcome.attempts, reason: result.error }, 'recording file download failed for good');
    } else {
      logger.warn({ fileId: file.id, kind: file.kind, reason: result.error, ...outcome }, 'recording file download failed; will retry');
    }
  }

  async function runDue(): Promise<number> {
    let attempted = 0;
    while (!stopped) {
      const files = await claimDueRecordingFiles(prisma, BATCH_SIZE);
      if (files.length === 0) break;
      // One file's store error must not abandon the others; its lease makes it due again later.
      await Promise.all(
        files.map((file) => attempt(file).catch((error: unknown) => logger.error({ err: error, fileId: file.id }, 'recording file not processed'))),
      );
      attempted += files.length;
    }
    return attempted;
  }

  function kick(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = runDue()
      .catch((error: unknown) => logger.error({ err: error }, 'recording downloads stopped by an error; retrying at the next poll'))
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          kick();
        }
      });
  }

  return {
    start() {
      if (timer || stopped) return;
      timer = setInterval(kick, options.pollIntervalMs ?? config.RECORDING_POLL_INTERVAL_MS);
      timer.unref();
      kick();
    },
    kick,
    runDue,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
