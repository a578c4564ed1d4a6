import { AppError, isUnavailableError, storeUnavailable, UNAVAILABLE_RETRY_AFTER_SECONDS, validationErrorOf } from '@c360/c360';
import type { AppErrorCode } from '@c360/contracts';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import type { Logger } from '../logger.ts';
import { sendProblem, STATUS_OF } from './problem.ts';

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

/** The code of a framework 4xx; one without its own code (bad JSON, too large) is a request to fix. */
const codeOfStatus = (status: number): AppErrorCode => (Object.keys(STATUS_OF) as AppErrorCode[]).find((code) => STATUS_OF[code] === status) ?? 'VALIDATION';

export const apiNotFound: RequestHandler = (req, res) => {
  sendProblem(res, 'NOT_FOUND', { detail: `No API route for ${req.method} ${req.baseUrl}${req.path}.` });
};

export const notFound: RequestHandler = (_req, res) => {
  sendProblem(res, 'NOT_FOUND', { detail: 'Nothing here.' });
};

/** A 429 waits as long as its limit says; a 503 (a store or another service away) a moment, unless it says. */
function retryAfterOf(status: number, error: AppError): number | undefined {
  if (status !== 429 && status !== 503) return undefined;
  const seconds = error.details?.retryAfterSeconds;
  if (typeof seconds === 'number') return Math.ceil(seconds);
  return status === 503 ? UNAVAILABLE_RETRY_AFTER_SECONDS : undefined;
}

/** A zod error from a handler answers exactly as the domain's VALIDATION; a store that cannot answer is UNAVAILABLE. */
function appErrorOf(thrown: unknown): unknown {
  if (thrown instanceof AppError) return thrown;
  if (thrown instanceof ZodError) return validationErrorOf(thrown);
  return isUnavailableError(thrown) ? storeUnavailable(thrown) : thrown;
}

/**
 * The one place an error becomes a response. Clients never see a stack or an internal message.
 * A store or Redis that cannot answer (refused, reset, timed out…) is a 503 to retry, never a 500.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (thrown, req, res, next) => {
    if (res.headersSent) return next(thrown);
    const error = appErrorOf(thrown);
    if (error instanceof AppError) {
      const status = STATUS_OF[error.code];
      const retryAfter = retryAfterOf(status, error);
      if (retryAfter !== undefined) res.setHeader('Retry-After', String(retryAfter));
      if (status >= 500) logger.warn({ err: error }, 'request failed: %s', error.code);
      sendProblem(res, error.code, {
        ...error.details,
        type: problemType(error.code),
        detail: error.message,
        ...(error.errors ? { errors: error.errors } : {}),
      });
      return;
    }
    const status = httpErrorStatus(error);
    if (status !== undefined) {
      const { type, expose, message } = error as HttpError;
      const detail = type === 'entity.parse.failed' ? 'The request body is not valid JSON.' : expose ? message : undefined;
      sendProblem(res, codeOfStatus(status), detail === undefined ? {} : { detail }, status);
      return;
    }
    (req.log ?? logger).error({ err: error }, 'unhandled error');
    sendProblem(res, 'INTERNAL', { detail: 'Something went wrong on our side. Please try again.' });
  };
}
