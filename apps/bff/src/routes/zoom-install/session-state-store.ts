import { now } from '@c360/c360';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import type OAuth2Strategy from 'passport-oauth2';
import { requireSession } from '../../session/index.ts';

const PENDING_TTL_MS = 15 * 60 * 1000;

/** A flow this browser started (an install at /zoom/install…): the state we sent and the PKCE verifier. */
interface PendingFlow {
  state: string;
  codeVerifier: string;
  expiresAt: number;
}

type Stored = (error: Error | null, state?: string) => void;
/** `ok` is the PKCE verifier, or true when there is none to send. */
type Verified = (error: Error | null, ok: string | boolean, info?: { message: string }) => void;

const digest = (value: string) => createHash('sha256').update(value).digest();

export interface SessionStateStoreOptions {
  /** Where in the session the pending flow is kept; one key per flow, so flows never clobber each other. */
  key: string;
  /** Whether a callback without any state is let through (see `sessionStateStore` for the only safe case). */
  allowMissingState: boolean;
}

/**
 * passport-oauth2's PKCE state store (`store(req, verifier, state, meta, cb)` / `verify(req, state, cb)`;
 * it tells the two kinds apart by their arity) kept in our server-side session.
 */
export function createSessionStateStore({ key, allowMissingState }: SessionStateStoreOptions): OAuth2Strategy.StateStore {
  return {
    store(req: Request, codeVerifier: string, _state: unknown, _meta: unknown, done: Stored): void {
      const session = requireSession(req);
      const pending: PendingFlow = { state: randomBytes(24).toString('base64url'), codeVerifier, expiresAt: now().getTime() + PENDING_TTL_MS };
      session.set(key, pending);
      session.save().then(
        () => done(null, pending.state),
        (error: Error) => done(error),
      );
    },

    verify(req: Request, providedState: string | undefined, done: Verified): void {
      const missing = providedState === undefined || providedState === '';
      if (missing && allowMissingState) return done(null, true);
      const session = requireSession(req);
      // Single use, whatever the outcome.
      const pending = session.take<PendingFlow>(key);
      const saved = session.isPersisted ? session.save() : Promise.resolve();
      const matches = !missing && pending !== undefined && pending.expiresAt > now().getTime() && timingSafeEqual(digest(pending.state), digest(providedState));
      saved.then(
        () => (matches ? done(null, pending.codeVerifier) : done(null, false, { message: 'Unknown or expired state.' })),
        (error: Error) => done(error, false),
      );
    },
    // @types/passport-oauth2 does not declare the PKCE (5-argument) store that the library calls.
  } as unknown as OAuth2Strategy.StateStore;
}

/**
 * The Marketplace install's state store.
 *
 * Why a callback WITHOUT state is accepted: the Marketplace's own "Add" button sends users to Zoom's
 * authorize page with no state of ours (notes/zoom-platform.md §3), and that is how most installs start.
 * It is safe because the callback grants the browser nothing: the code is redeemed server-side with our
 * client secret and our registered redirect URI, the tokens are stored only for the Zoom user the code
 * belongs to (asked of Zoom with the token), and the browser is sent to Zoom's deeplink, not signed in
 * here. The embedded session is linked to a Zoom user only by the encrypted app context. A planted code
 * ("login CSRF") would therefore at most re-install the attacker's own Zoom account for the attacker.
 * Stripping our state from one of our own flows gains nothing either: that code was issued with a PKCE
 * challenge, and without the verifier Zoom refuses it.
 *
 * Why a PRESENT state that does not match is rejected: then the request claims to continue an install
 * started here, and it does not — it is expired, used twice, from another browser, or forged. Accepting
 * it would make the state check meaningless for the flows that do carry it.
 */
export const sessionStateStore = createSessionStateStore({ key: 'zoomInstall', allowMissingState: true });
