import { createHash, randomBytes } from 'node:crypto';
import { now as clockNow, type SessionRecord, type SessionStore } from '@c360/c360';
import type { CookieOptions, Response } from 'express';

export const SESSION_COOKIE = 'c360_sid';
export const IDLE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The sidebar runs in Zoom's embedded browser and, in the Zoom web client and the sandbox, inside a
 * cross-site iframe: only `SameSite=None; Secure` cookies reach it there, partitioned by the top site.
 * Browsers treat http://localhost as secure, so development works the same way.
 */
export const SESSION_COOKIE_OPTIONS: CookieOptions = {
  httpOnly: true,
  secure: true,
  sameSite: 'none',
  partitioned: true,
  path: '/',
};

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

type Linked = Pick<SessionRecord, 'zoomUserId' | 'userId' | 'domainId' | 'meetingUuid'>;

/** A new, anonymous session's record as of `now` (its id is set when it is first saved). */
export function freshRecord(now: Date): SessionRecord {
  return {
    id: '',
    zoomUserId: null,
    userId: null,
    domainId: null,
    meetingUuid: null,
    data: {},
    createdAt: now,
    lastSeenAt: now,
    idleExpiresAt: new Date(now.getTime() + IDLE_TIMEOUT_MS),
    absoluteExpiresAt: new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS),
  };
}

/**
 * One request's view of its server-side session. Nothing is stored (and no cookie set) until something
 * is saved, so anonymous page loads create no sessions.
 */
export class Session {
  private constructor(
    private record: SessionRecord,
    private readonly store: SessionStore,
    private readonly res: Response,
    private persisted: boolean,
  ) {}

  static existing(record: SessionRecord, store: SessionStore, res: Response): Session {
    return new Session(record, store, res, true);
  }

  static anonymous(store: SessionStore, res: Response, now: Date): Session {
    return new Session(freshRecord(now), store, res, false);
  }

  get zoomUserId() {
    return this.record.zoomUserId;
  }
  get userId() {
    return this.record.userId;
  }
  get domainId() {
    return this.record.domainId;
  }
  get meetingUuid() {
    return this.record.meetingUuid;
  }
  get isPersisted() {
    return this.persisted;
  }

  link(changes: Partial<Linked>): void {
    this.record = { ...this.record, ...changes };
  }

  get<T>(key: string): T | undefined {
    return this.record.data[key] as T | undefined;
  }

  set(key: string, value: unknown): void {
    this.record = { ...this.record, data: { ...this.record.data, [key]: value } };
  }

  /** Reads a value and removes it: for single-use flow state (OAuth state, PKCE verifiers). */
  take<T>(key: string): T | undefined {
    const value = this.get<T>(key);
    const { [key]: _taken, ...rest } = this.record.data;
    this.record = { ...this.record, data: rest };
    return value;
  }

  async save(): Promise<void> {
    if (!this.persisted) await this.issueNewId();
    await this.store.save(this.record);
  }

  /** A new id for the same session (on sign-in, against fixation); the old id stops working. */
  async regenerate(): Promise<void> {
    if (this.persisted) await this.store.delete(this.record.id);
    await this.issueNewId();
    await this.store.save(this.record);
  }

  async destroy(): Promise<void> {
    if (this.persisted) await this.store.delete(this.record.id);
    this.persisted = false;
    this.record = freshRecord(clockNow());
    this.res.clearCookie(SESSION_COOKIE, SESSION_COOKIE_OPTIONS);
  }

  /** Keeps an active session alive; called when a request finds it. */
  touch(now: Date): boolean {
    const idleExpiresAt = new Date(Math.min(now.getTime() + IDLE_TIMEOUT_MS, this.record.absoluteExpiresAt.getTime()));
    // Writing on every request would cost a store round trip each time; a minute's precision is plenty.
    if (idleExpiresAt.getTime() - this.record.idleExpiresAt.getTime() < 60_000) return false;
    this.record = { ...this.record, lastSeenAt: now, idleExpiresAt };
    return true;
  }

  private async issueNewId(): Promise<void> {
    const token = randomBytes(32).toString('base64url');
    this.record = { ...this.record, id: hashToken(token) };
    this.persisted = true;
    this.res.cookie(SESSION_COOKIE, token, {
      ...SESSION_COOKIE_OPTIONS,
      maxAge: this.record.absoluteExpiresAt.getTime() - clockNow().getTime(),
    });
  }
}
