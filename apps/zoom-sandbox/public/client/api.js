// @ts-check
// The client page's calls to its own sandbox server.

/**
 * @param {string} method
 * @param {string} path
 * @param {unknown} [body]
 * @returns {Promise<unknown>} the parsed JSON answer (the caller knows its shape: the server is ours)
 */
async function call(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return undefined;
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(data.error ?? `${method} ${path} failed (${response.status})`);
  return data;
}

export const api = {
  /** @param {string} path */
  get: (path) => call('GET', path),
  /** @param {string} path @param {unknown} [body] */
  post: (path, body = {}) => call('POST', path, body),
  /** @param {string} path @param {unknown} body */
  patch: (path, body) => call('PATCH', path, body),
  /** @param {string} path */
  delete: (path) => call('DELETE', path),
};

/** @param {string} meetingUuid @param {string} [rest] */
export const meetingPath = (meetingUuid, rest = '') => `/client/api/meetings/${encodeURIComponent(meetingUuid)}${rest}`;
