export { Session, SESSION_COOKIE, SESSION_COOKIE_OPTIONS, IDLE_TIMEOUT_MS, ABSOLUTE_TIMEOUT_MS } from './session.ts';
export { sessions } from './session-middleware.ts';
export { requireSession } from './require-session.ts';
export { cachedSessionStore, SESSION_CACHE_TTL_MS } from './cached-session-store.ts';
