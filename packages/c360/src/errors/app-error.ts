import type { AppErrorCode } from '@c360/contracts';

export interface AppErrorFieldError {
  path: string;
  message: string;
}

export interface AppErrorOptions {
  /** Each bad field, for VALIDATION. */
  errors?: AppErrorFieldError[];
  /** Extra safe-to-show data (e.g. the current record on CONFLICT, `retryAfterSeconds` on RATE_LIMITED). */
  details?: Record<string, unknown>;
  cause?: unknown;
}

/** The one error type of the domain. Its message is shown to the user, so it never holds secrets. */
export class AppError extends Error {
  override name = 'AppError';
  readonly code: AppErrorCode;
  readonly errors: AppErrorFieldError[] | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: AppErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.errors = options.errors;
    this.details = options.details;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
