import { isAppError } from '@c360/c360';
import { zoomAccessToken, type ZoomDeps } from '../zoom/token-refresh.ts';
import { isZoomDownloadUrl } from './download-url.ts';

export const DOWNLOAD_TIMEOUT_MS = 30_000;
/** Far above any transcript or chat of a long meeting. */
export const MAX_RECORDING_FILE_BYTES = 20 * 1024 * 1024;

export type DownloadResult = { ok: true; content: string } | { ok: false; error: string };

const failure = (error: string): DownloadResult => ({ ok: false, error });

function get(url: string, accessToken: string): Promise<Response> {
  // Zoom redirects to its file servers; fetch drops the Authorization header on a cross-origin redirect.
  return fetch(url, {
    headers: { authorization: `Bearer ${accessToken}` },
    redirect: 'follow',
    signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
  });
}

async function bodyOf(response: Response): Promise<DownloadResult> {
  if (!response.ok) return failure(`Zoom answered HTTP ${response.status}.`);
  if (Number(response.headers.get('content-length') ?? 0) > MAX_RECORDING_FILE_BYTES) return failure('The file is too large.');
  const content = await response.text();
  if (Buffer.byteLength(content) > MAX_RECORDING_FILE_BYTES) return failure('The file is too large.');
  return { ok: true, content };
}

/**
 * Downloads a recording file with its meeting host's access token (refreshed first when about to expire,
 * and once more when Zoom rejects it). Every failure is a result with a message fit to show users: never
 * the token, nor the URL.
 */
export async function downloadRecordingFile(deps: ZoomDeps, hostZoomUserId: string, downloadUrl: string): Promise<DownloadResult> {
  if (!isZoomDownloadUrl(deps.config, downloadUrl)) return failure('The download link does not point to Zoom.');
  try {
    const token = await zoomAccessToken(deps, hostZoomUserId);
    const response = await get(downloadUrl, token);
    if (response.status !== 401) return await bodyOf(response);
    await response.body?.cancel();
    return await bodyOf(await get(downloadUrl, await zoomAccessToken(deps, hostZoomUserId, { rejected: token })));
  } catch (error) {
    if (isAppError(error)) return failure(error.message);
    if (error instanceof Error && error.name === 'TimeoutError') return failure('Zoom did not answer in time.');
    return failure('Zoom could not be reached.');
  }
}
