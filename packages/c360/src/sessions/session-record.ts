/** A server-side session as the stores keep it. The cookie holds a random token; stores key on its hash. */
export interface SessionRecord {
  /** SHA-256 (hex) of the cookie's token. */
  id: string;
  zoomUserId: string | null;
  userId: string | null;
  domainId: string | null;
  meetingUuid: string | null;
  /** Short-lived flow state (OAuth state and verifiers…), JSON. */
  data: Record<string, unknown>;
  createdAt: Date;
  lastSeenAt: Date;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
}

/** Where sessions live: the C360 store by default, Redis when configured. */
export interface SessionStore {
  find(id: string, now: Date): Promise<SessionRecord | null>;
  /** Creates or replaces the record. */
  save(record: SessionRecord): Promise<void>;
  delete(id: string): Promise<void>;
  /** Ends every session of a Zoom user (the app was deauthorized). */
  deleteByZoomUser(zoomUserId: string): Promise<void>;
  /**
   * The Zoom user's most recently seen session that is still valid at `now` and has a Gainsight
   * user signed in (userId and domainId set); null when none. Used to resume a sign-in on the next launch.
   */
  findLatestSignedIn(zoomUserId: string, now: Date): Promise<SessionRecord | null>;
}
