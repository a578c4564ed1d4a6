import { AppError } from '@c360/c360';

const ZOOM_TIMEOUT_MS = 10_000;

/** fetch to Zoom with a time limit; a network failure or timeout is UNAVAILABLE, never a 500. */
export async function fetchZoom(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(ZOOM_TIMEOUT_MS) });
  } catch (error) {
    throw new AppError('UNAVAILABLE', 'Zoom could not be reached. Try again in a moment.', { cause: error });
  }
}

/** The JSON body of a response, or undefined when there is none or it is not JSON. */
export async function jsonOf(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}
