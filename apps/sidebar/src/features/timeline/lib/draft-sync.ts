import { activitySchema, type Activity, type CreateActivityInput, type UpdateActivity } from '@c360/contracts';
import { NETWORK_FAILURE, toApiError, type ApiError } from '@/lib/api-client';
import type { DraftStore } from './draft-store';
import { canSendToServer, combineNotes, createBodyOf, fieldsOf, holdsFields, updateBodyOf, type DraftFields, type LocalDraft } from './local-draft';

export type SyncState =
  /** The server has everything typed, or nothing was typed yet. */
  | { kind: 'saved' }
  /** Kept on this device only, until the draft has a subject. */
  | { kind: 'local' }
  /** A logged activity's edits, kept on this device until the user saves them (no autosave: others read it). */
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  /** No answer: the save is queued and retried (backoff, or at once when the browser is back online). */
  | { kind: 'offline' }
  /** The server's copy changed elsewhere: the user chooses, nothing is overwritten silently. */
  | { kind: 'conflict'; theirs: Activity }
  | { kind: 'failed'; error: ApiError }
  /** Saved as a draft or logged, as the user asked: the editor may close. */
  | { kind: 'done'; activity: Activity };

export type Finish = 'draft' | 'log';
export type MergeChoice = 'mine' | 'theirs' | 'combine';

export interface DraftSnapshot {
  draft: LocalDraft;
  state: SyncState;
  /** What the user asked for with "Save draft" or "Log", until it is done. */
  finishing: Finish | null;
  /** Bumped when the fields were replaced from outside the editor (a merge), so it shows them. */
  revision: number;
}

/** A cancelled new activity whose server draft must go: named by its Idempotency-Key, its id once known. */
export interface PendingDiscard {
  idempotencyKey: string;
  activityId: string | null;
}

export interface DraftSyncDeps {
  create(body: CreateActivityInput, idempotencyKey: string): Promise<Activity>;
  update(id: string, body: UpdateActivity): Promise<Activity>;
  store: DraftStore;
  /** Cancel on a new activity that may be on the server: its server draft must go (the discard queue). */
  discardOnServer(discard: PendingDiscard): void;
  autosaveMs?: number;
  retryDelaysMs?: readonly number[];
}

const AUTOSAVE_MS = 3000;
const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 15_000, 30_000];

/** Edits of a logged activity wait for Save: an autosave would publish half-typed words to everyone. */
const autosaves = (draft: LocalDraft) => draft.server?.status !== 'LOGGED';

const currentOf = (error: ApiError): Activity | undefined => {
  const parsed = activitySchema.safeParse(error.problem.current);
  return parsed.success ? parsed.data : undefined;
};

/**
 * Keeps an open editor's draft safe: every edit goes to the store at once and to the server while dirty
 * (about every 3 s); the first save creates with the draft's Idempotency-Key, later ones PATCH from the
 * known version. No answer means "queued": the same save is retried until one arrives. Plain TypeScript,
 * so the rules are tested without a browser.
 */
export class DraftSync {
  private snapshot: DraftSnapshot;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight = false;
  private runAgain = false;
  private attempt = 0;
  /** Saving runs between start() and stop(): while the editor is mounted. */
  private active = false;
  private discarded = false;
  /** A create may have reached the server; a restored draft with unsent changes may have sent one before. */
  private mayBeOnServer: boolean;
  private readonly autosaveMs: number;
  private readonly retryDelaysMs: readonly number[];

  constructor(
    draft: LocalDraft,
    private readonly deps: DraftSyncDeps,
  ) {
    this.autosaveMs = deps.autosaveMs ?? AUTOSAVE_MS;
    this.retryDelaysMs = deps.retryDelaysMs ?? RETRY_DELAYS_MS;
    this.snapshot = { draft, state: { kind: canSendToServer(draft.fields) ? 'saved' : 'local' }, finishing: null, revision: 0 };
    this.mayBeOnServer = draft.server !== null || draft.dirty;
    deps.store.write(draft);
  }

  start(): void {
    if (this.discarded) return;
    this.active = true;
    // A draft restored with unsent changes is a queued save: send it (a logged activity's wait for Save).
    const { draft } = this.snapshot;
    if (draft.dirty && autosaves(draft)) this.schedule(this.autosaveMs);
    else if (draft.dirty) this.update({ state: { kind: 'unsaved' } });
  }

  /** Stops saving; the store keeps the draft, so the editor reopens with it (e.g. after a tab switch). */
  stop(): void {
    this.active = false;
    this.clearTimer();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): DraftSnapshot => this.snapshot;

  edit(changes: Partial<DraftFields>): void {
    const { draft, state } = this.snapshot;
    if (state.kind === 'done' || !this.active) return;
    const next = { ...draft, fields: { ...draft.fields, ...changes }, dirty: true };
    const keepState = state.kind === 'conflict' || state.kind === 'offline';
    if (!autosaves(next)) {
      this.update({ draft: next, state: keepState ? state : { kind: 'unsaved' } });
      return;
    }
    this.update({ draft: next, state: keepState ? state : { kind: canSendToServer(next.fields) ? 'saving' : 'local' } });
    if (this.timer === undefined && !this.inFlight) this.schedule(this.autosaveMs);
  }

  /** Notes added from outside the editor (a quoted line): saved like typing, and shown in the editor at once. */
  appendNotes(html: string): void {
    const before = this.snapshot;
    this.edit({ notes: `${before.draft.fields.notes}${html}` });
    if (this.snapshot.draft !== before.draft) this.update({ revision: before.revision + 1 });
  }

  saveDraft(): Promise<void> {
    return this.finish('draft');
  }

  log(): Promise<void> {
    return this.finish('log');
  }

  /** The browser is back online: replay the queued save now rather than at the next backoff step. */
  retryNow = (): Promise<void> => (this.snapshot.state.kind === 'offline' ? this.run() : Promise.resolve());

  resolve(choice: MergeChoice): Promise<void> {
    const { draft, state, revision } = this.snapshot;
    if (state.kind !== 'conflict') return Promise.resolve();
    const { theirs } = state;
    const server = { id: theirs.id, version: theirs.version, status: theirs.status };
    if (choice === 'theirs') {
      const taken = { ...draft, fields: fieldsOf(theirs), server, dirty: false };
      this.update({
        draft: taken,
        revision: revision + 1,
        finishing: null,
        state: theirs.status === 'LOGGED' ? { kind: 'done', activity: theirs } : { kind: 'saved' },
      });
      return Promise.resolve();
    }
    const fields = choice === 'combine' ? { ...draft.fields, notes: combineNotes(draft.fields.notes, theirs.notes) } : draft.fields;
    this.update({ draft: { ...draft, fields, server, dirty: true }, revision: choice === 'combine' ? revision + 1 : revision, state: { kind: 'saving' } });
    return this.run();
  }

  /**
   * Cancel: forget the local draft, and stop every save still queued. A new activity is withdrawn from the
   * server too, by its Idempotency-Key (which wins over a create still on its way); an existing draft
   * keeps its last saved version there.
   */
  discard(): void {
    const { draft } = this.snapshot;
    this.stop();
    this.discarded = true;
    this.deps.store.clear();
    if (draft.isNew && this.mayBeOnServer) this.deps.discardOnServer({ idempotencyKey: draft.idempotencyKey, activityId: draft.server?.id ?? null });
  }

  private finish(finishing: Finish): Promise<void> {
    if (this.snapshot.state.kind === 'done') return Promise.resolve();
    this.update({ finishing });
    return this.run();
  }

  private async run(): Promise<void> {
    this.clearTimer();
    if (this.inFlight) {
      this.runAgain = true;
      return;
    }
    const { draft, state, finishing } = this.snapshot;
    if (!this.active || state.kind === 'conflict' || state.kind === 'done') return;
    if (!canSendToServer(draft.fields)) {
      this.update({ state: { kind: 'local' }, finishing: null });
      return;
    }
    if (!draft.dirty && finishing === null) {
      this.update({ state: { kind: 'saved' } });
      return;
    }
    const logging = finishing === 'log';
    const sent = draft.fields;
    this.inFlight = true;
    if (!draft.server) this.mayBeOnServer = true;
    this.update({ state: { kind: 'saving' } });
    try {
      let activity = draft.server
        ? await this.deps.update(draft.server.id, updateBodyOf(sent, draft.server.version, logging))
        : await this.deps.create(createBodyOf(draft, logging), draft.idempotencyKey);
      // A create retried after a lost answer returns the first activity as it was: log that one.
      if (logging && activity.status !== 'LOGGED') activity = await this.deps.update(activity.id, updateBodyOf(sent, activity.version, true));
      this.accept(activity, sent);
    } catch (error) {
      this.fail(toApiError(error), sent, logging);
    } finally {
      this.inFlight = false;
    }
    this.afterRun();
  }

  private afterRun(): void {
    if (!this.active) return;
    const { draft, state } = this.snapshot;
    if (this.runAgain) {
      this.runAgain = false;
      void this.run();
    } else if (draft.dirty && (state.kind === 'saving' || state.kind === 'saved') && this.timer === undefined) {
      if (autosaves(draft)) this.schedule(this.autosaveMs);
      else this.update({ state: { kind: 'unsaved' } });
    }
  }

  private accept(activity: Activity, sent: DraftFields): void {
    this.attempt = 0;
    const { draft, finishing } = this.snapshot;
    // Edits typed while the request was out, or a create that returned an older first version, stay dirty.
    const dirty = draft.fields !== sent || !holdsFields(activity, sent);
    const saved = { ...draft, server: { id: activity.id, version: activity.version, status: activity.status }, dirty };
    const finished = !dirty && ((finishing === 'log' && activity.status === 'LOGGED') || finishing === 'draft');
    this.update({ draft: saved, state: finished ? { kind: 'done', activity } : { kind: dirty ? 'saving' : 'saved' } });
    if (dirty && finishing !== null) this.runAgain = true;
  }

  private fail(error: ApiError, sent: DraftFields, logging: boolean): void {
    if (error.status === NETWORK_FAILURE) {
      this.update({ state: { kind: 'offline' } });
      const delay = this.retryDelaysMs[Math.min(this.attempt, this.retryDelaysMs.length - 1)] ?? AUTOSAVE_MS;
      this.attempt += 1;
      this.schedule(delay);
      return;
    }
    const current = error.code === 'CONFLICT' ? currentOf(error) : undefined;
    if (current && holdsFields(current, sent)) {
      // Our own earlier write landed but its answer was lost: continue from it (log it if still a draft).
      if (logging && current.status !== 'LOGGED') {
        this.update({ draft: { ...this.snapshot.draft, server: { id: current.id, version: current.version, status: current.status } } });
        this.runAgain = true;
      } else {
        this.accept(current, sent);
      }
      return;
    }
    this.update({ state: current ? { kind: 'conflict', theirs: current } : { kind: 'failed', error }, ...(current ? {} : { finishing: null }) });
  }

  private schedule(delayMs: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, delayMs);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private update(changes: Partial<DraftSnapshot>): void {
    // An answer arriving after stop() or discard() must not bring a forgotten draft back.
    if (!this.active) return;
    const previous = this.snapshot;
    this.snapshot = { ...previous, ...changes };
    // Once saved or logged as asked, the server holds it all: the local copy must not reopen the editor.
    if (this.snapshot.state.kind === 'done') this.deps.store.clear();
    else if (this.snapshot.draft !== previous.draft) this.deps.store.write(this.snapshot.draft);
    for (const listener of this.listeners) listener();
  }
}
