import { AppError, isUnavailableError, storeUnavailable, UNAVAILABLE_RETRY_AFTER_SECONDS, type AppErrorCode } from '@c360/c360';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import type { Logger } from '../logger.ts';
import { sendProblem } from './problem.ts';

const STATUS_OF: Record<AppErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

const problemType = (code: string) => `urn:c360:problem:${code.toLowerCase().replaceAll('_', '-')}`;

/** body-parser, serve-static and the router raise http-errors with a status and a safe message. */
interface HttpError {
  status?: number;
  statusCode?: number;
  expose?: boolean;
  type?: string;
  message: string;
}

function httpErrorStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as HttpError).status ?? (error as HttpError).statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

export const apiNotFound: RequestHandler = (req, res) => {
  sendProblem(res, 404, { detail: `No API route for ${req.method} ${req.baseUrl}${req.path}.` });
};

export const notFound: RequestHandler = (_req, res) => {
  sendProblem(res, 404, { detail: 'Nothing here.' });
};

/** A 429 waits as long as its limit says; a 503 (a store or another service away) a moment, unless it says. */
function retryAfterOf(status: number, error: AppError): number | undefined {
  if (status !== 429 && status !== 503) return undefined;
  const seconds = error.details?.retryAfterSeconds;
  if (typeof seconds === 'number') return Math.ceil(seconds);
  return status === 503 ? UNAVAILABLE_RETRY_AFTER_SECONDS : undefined;
}

/**
 * The one place an error becomes a response. Clients never see a stack or an internal message.
 * A store or Redis that cannot answer (refused, reset, timed out…) is a 503 to retry, never a 500.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (thrown, req, res, next) => {
    if (res.headersSent) return next(thrown);
    const error: unknown = !(thrown instanceof AppError) && isUnavailableError(thrown) ? storeUnavailable(thrown) : thrown;
    if (error instanceof AppError) {
      const status = STATUS_OF[error.code];
      const retryAfter = retryAfterOf(status, error);
      if (retryAfter !== undefined) res.setHeader('Retry-After', String(retryAfter));
      if (status >= 500) logger.warn({ err: error }, 'request failed: %s', error.code);
      sendProblem(res, status, {
        ...error.details,
        type: problemType(error.code),
        detail: error.message,
        ...(error.errors ? { errors: error.errors } : {}),
      });
      return;
    }
    if (error instanceof ZodError) {
      sendProblem(res, 400, {
        type: problemType('VALIDATION'),
        detail: 'The request is not valid.',
        errors: error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
      });
      return;
    }
    const status = httpErrorStatus(error);
    if (status !== undefined) {
      const { type, expose, message } = error as HttpError;
      const detail = type === 'entity.parse.failed' ? 'The request body is not valid JSON.' : expose ? message : undefined;
      sendProblem(res, status, detail === undefined ? {} : { detail });
      return;
    }
    (req.log ?? logger).error({ err: error }, 'unhandled error');
    sendProblem(res, 500, { detail: 'Something went wrong on our side. Please try again.' });
  };
}
