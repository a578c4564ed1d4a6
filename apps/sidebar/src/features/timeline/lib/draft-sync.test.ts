import type { Activity, CreateActivityInput, UpdateActivity } from '@c360/contracts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, NETWORK_FAILURE } from '@/lib/api-client';
import type { StorageLike } from '@/lib/stored-value';
import { draftStore } from './draft-store';
import { DraftSync } from './draft-sync';
import type { LocalDraft } from './local-draft';
import { quoteNotes } from './quote-notes';

const USER_ID = '6f1c2a4e-5b7d-4e8f-9a0b-1c2d3e4f5a6b';
const COMPANY_ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

type Fault = 'no-request' | 'lost-answer';

/** The BFF's timeline writes in memory: idempotent creates, versioned PATCHes, 409 with `current`. */
function fakeServer() {
  const activities = new Map<string, Activity>();
  const byKey = new Map<string, string>();
  const faults: Fault[] = [];
  const networkFailure = () => new ApiError(NETWORK_FAILURE, { type: 'about:blank', title: 'The network request failed.', status: NETWORK_FAILURE });
  // Either the request never arrives, or it is applied and only the answer is lost.
  async function answer<T>(apply: () => T): Promise<T> {
    const fault = faults.shift();
    if (fault === 'no-request') throw networkFailure();
    const result = apply();
    if (fault === 'lost-answer') throw networkFailure();
    return result;
  }
  return {
    activities,
    faults,
    create: vi.fn((body: CreateActivityInput, key: string) =>
      answer(() => {
        const known = byKey.get(key);
        if (known) return activities.get(known)!;
        const activity: Activity = {
          id: crypto.randomUUID(),
          version: 1,
          type: body.type,
          status: body.status ?? 'DRAFT',
          subject: body.subject.trim(),
          notes: body.notes ?? '',
          activityDate: body.activityDate,
          durationMinutes: body.durationMinutes ?? undefined,
          companyId: body.companyId,
          authorId: USER_ID,
          authorName: 'Alex Morgan',
          internalAttendeeIds: body.internalAttendeeIds ?? [],
          externalPersonIds: body.externalPersonIds ?? [],
          internalAttendees: [],
          externalAttendees: [],
        };
        activities.set(activity.id, activity);
        byKey.set(key, activity.id);
        return activity;
      }),
    ),
    update: vi.fn((id: string, { version, meetingUuid: _meetingUuid, ...patch }: UpdateActivity) =>
      answer(() => {
        const current = activities.get(id)!;
        if (current.version !== version) {
          throw new ApiError(409, { type: 'urn:c360:problem:conflict', title: 'Conflict', status: 409, code: 'CONFLICT', current });
        }
        const next: Activity = { ...current, ...patch, durationMinutes: patch.durationMinutes ?? undefined, version: version + 1 };
        activities.set(id, next);
        return next;
      }),
    ),
    /** Another window of the same user edits the draft. */
    editElsewhere(id: string, notes: string) {
      const current = activities.get(id)!;
      activities.set(id, { ...current, notes, version: current.version + 1 });
    },
  };
}

function memoryStorage(): StorageLike & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value), removeItem: (key) => void items.delete(key) };
}

const newDraft = (): LocalDraft => ({
  idempotencyKey: 'draft-key-1',
  target: { kind: 'company', id: COMPANY_ID, name: 'Acme Robotics' },
  meetingUuid: 'meeting-1',
  fields: {
    type: 'MEETING',
    subject: 'Quarterly review',
    notes: '',
    activityDate: '2026-11-21T10:00:00.000Z',
    durationMinutes: 30,
    internalAttendeeIds: [],
    externalPersonIds: [],
  },
  server: null,
  dirty: false,
  isNew: true,
});

function setUp(draft = newDraft()) {
  const server = fakeServer();
  const storage = memoryStorage();
  const store = draftStore(storage, 'slot');
  const discardOnServer = vi.fn();
  const sync = new DraftSync(draft, { create: server.create, update: server.update, store, discardOnServer, autosaveMs: 3000, retryDelaysMs: [1000, 2000] });
  sync.start();
  return { server, storage, store, sync, discardOnServer, state: () => sync.getSnapshot().state.kind };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('draft sync', () => {
  it('keeps every keystroke on the device at once and saves a draft to the server about 3 s later', async () => {
    const { server, store, sync, state } = setUp();
    sync.edit({ notes: '<p>Renewal looks' });
    sync.edit({ notes: '<p>Renewal looks likely</p>' });
    expect(store.read()?.fields.notes).toBe('<p>Renewal looks likely</p>');
    expect(server.create).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(3000);
    expect(server.create).toHaveBeenCalledTimes(1);
    expect(server.create.mock.calls[0]?.[1]).toBe('draft-key-1');
    expect([...server.activities.values()]).toMatchObject([{ status: 'DRAFT', notes: '<p>Renewal looks likely</p>' }]);
    expect(state()).toBe('saved');

    sync.edit({ notes: '<p>Renewal is likely</p>' });
    await vi.advanceTimersByTimeAsync(3000);
    expect(server.update).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ version: 1, notes: '<p>Renewal is likely</p>' }));
    expect(store.read()?.server?.version).toBe(2);
  });

  it('a save that fails offline is replayed once when online', async () => {
    const { server, sync, state } = setUp();
    server.faults.push('no-request');
    sync.edit({ notes: '<p>Offline notes</p>' });
    await vi.advanceTimersByTimeAsync(3000);
    expect(state()).toBe('offline');

    await sync.retryNow();
    expect(state()).toBe('saved');
    expect(server.create).toHaveBeenCalledTimes(2);
    expect(server.activities.size).toBe(1);
    // Nothing else is pending: the backoff timer was replaced by the replay.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.create).toHaveBeenCalledTimes(2);
  });

  it('retries on its own with backoff while there is no answer', async () => {
    const { server, sync, state } = setUp();
    server.faults.push('no-request', 'no-request');
    sync.edit({ notes: '<p>x</p>' });
    await vi.advanceTimersByTimeAsync(3000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(state()).toBe('offline');
    await vi.advanceTimersByTimeAsync(2000);
    expect(state()).toBe('saved');
    expect(server.activities.size).toBe(1);
  });

  it('log after a lost answer does not create a second activity', async () => {
    const { server, store, sync, state } = setUp();
    sync.edit({ notes: '<p>Logged once</p>' });
    server.faults.push('lost-answer');
    await sync.log();
    expect(state()).toBe('offline');

    await sync.retryNow();
    expect(state()).toBe('done');
    expect(server.activities.size).toBe(1);
    expect([...server.activities.values()][0]?.status).toBe('LOGGED');
    expect(store.read()).toBeNull();
  });

  it('log after an autosave whose answer was lost logs that same draft', async () => {
    const { server, sync, state } = setUp();
    sync.edit({ notes: '<p>Draft first</p>' });
    server.faults.push('lost-answer');
    await vi.advanceTimersByTimeAsync(3000);
    await sync.log();
    expect(state()).toBe('done');
    expect(server.activities.size).toBe(1);
    expect([...server.activities.values()][0]).toMatchObject({ status: 'LOGGED', notes: '<p>Draft first</p>' });
  });

  it('a retried PATCH that meets its own logged version counts as done', async () => {
    const { server, sync, state } = setUp();
    sync.edit({ notes: '<p>v1</p>' });
    await vi.advanceTimersByTimeAsync(3000);
    server.faults.push('lost-answer');
    await sync.log();
    expect(state()).toBe('offline');
    await sync.retryNow();
    expect(state()).toBe('done');
    expect([...server.activities.values()]).toMatchObject([{ status: 'LOGGED', version: 2 }]);
  });

  it('a stale version asks to merge instead of overwriting, and "Combine notes" keeps both', async () => {
    const { server, sync } = setUp();
    sync.edit({ notes: '<p>Mine</p>' });
    await vi.advanceTimersByTimeAsync(3000);
    const id = [...server.activities.keys()][0]!;
    server.editElsewhere(id, '<p>Theirs</p>');

    sync.edit({ notes: '<p>Mine, longer</p>' });
    await vi.advanceTimersByTimeAsync(3000);
    const { state } = sync.getSnapshot();
    expect(state.kind === 'conflict' && state.theirs.notes).toBe('<p>Theirs</p>');
    expect(server.activities.get(id)?.notes).toBe('<p>Theirs</p>');

    await sync.resolve('combine');
    expect(server.activities.get(id)).toMatchObject({ notes: '<p>Mine, longer</p><p>Theirs</p>', version: 3 });
    expect(sync.getSnapshot().state.kind).toBe('saved');
  });

  it('"Use theirs" takes the other version without writing', async () => {
    const { server, sync } = setUp();
    sync.edit({ notes: '<p>Mine</p>' });
    await vi.advanceTimersByTimeAsync(3000);
    const id = [...server.activities.keys()][0]!;
    server.editElsewhere(id, '<p>Theirs</p>');
    sync.edit({ notes: '<p>Mine again</p>' });
    await vi.advanceTimersByTimeAsync(3000);

    await sync.resolve('theirs');
    expect(sync.getSnapshot()).toMatchObject({ state: { kind: 'saved' }, revision: 1, draft: { dirty: false, fields: { notes: '<p>Theirs</p>' } } });
    expect(server.update).toHaveBeenCalledTimes(1);
  });

  it('a draft restored with unsent changes is sent without another keystroke', async () => {
    const { server, state } = setUp({ ...newDraft(), fields: { ...newDraft().fields, notes: '<p>before the reload</p>' }, dirty: true });
    await vi.advanceTimersByTimeAsync(3000);
    expect(server.activities.size).toBe(1);
    expect(state()).toBe('saved');
  });

  it('keeps a draft without a subject on the device only', async () => {
    const { server, sync, state } = setUp();
    sync.edit({ subject: '  ', notes: '<p>x</p>' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.create).not.toHaveBeenCalled();
    expect(state()).toBe('local');
  });
});

describe('a line quoted from the live transcript (issue 18)', () => {
  it('lands after the notes typed so far, shows in the open editor at once and is saved like typing', async () => {
    const { server, sync } = setUp();
    sync.edit({ notes: '<p>Agenda</p>' });
    const { revision } = sync.getSnapshot();
    sync.appendNotes(quoteNotes(['“We can ship by Friday.” — Sarah Chen, 10:42']));
    expect(sync.getSnapshot().revision).toBe(revision + 1);
    expect(sync.getSnapshot().draft.fields.notes).toBe('<p>Agenda</p><blockquote><p>“We can ship by Friday.” — Sarah Chen, 10:42</p></blockquote>');

    await vi.advanceTimersByTimeAsync(3000);
    expect([...server.activities.values()]).toMatchObject([
      { notes: '<p>Agenda</p><blockquote><p>“We can ship by Friday.” — Sarah Chen, 10:42</p></blockquote>' },
    ]);
  });

  it('keeps the words of a quote as words, never markup', () => {
    expect(quoteNotes(['“<b>Tom & Jerry</b>” — A, 10:00', 'second'])).toBe(
      '<blockquote><p>“&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;” — A, 10:00</p></blockquote><blockquote><p>second</p></blockquote>',
    );
  });
});

describe('editing a logged activity (issue 15)', () => {
  const LOGGED_ID = 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e';

  /** The editor opened by Edit on a logged activity that is version 1 on the server. */
  function openLogged(changes: Partial<LocalDraft> = {}) {
    const draft: LocalDraft = { ...newDraft(), isNew: false, server: { id: LOGGED_ID, version: 1, status: 'LOGGED' }, ...changes };
    const setup = setUp(draft);
    setup.server.activities.set(LOGGED_ID, {
      id: LOGGED_ID,
      version: 1,
      status: 'LOGGED',
      ...draft.fields,
      durationMinutes: draft.fields.durationMinutes ?? undefined,
      companyId: COMPANY_ID,
      authorId: USER_ID,
      authorName: 'Alex Morgan',
      internalAttendees: [],
      externalAttendees: [],
    });
    return setup;
  }

  it('keeps edits on the device, not autosaved, until Save sends them once from the version it opened', async () => {
    const { server, store, sync, state } = openLogged();
    sync.edit({ notes: '<p>Corrected figures</p>' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(state()).toBe('unsaved');
    expect(store.read()?.fields.notes).toBe('<p>Corrected figures</p>');
    expect(server.update).not.toHaveBeenCalled();

    await sync.log();
    expect(server.update).toHaveBeenCalledTimes(1);
    expect(server.update).toHaveBeenCalledWith(LOGGED_ID, expect.objectContaining({ version: 1, notes: '<p>Corrected figures</p>' }));
    expect(state()).toBe('done');
    expect(server.activities.get(LOGGED_ID)).toMatchObject({ status: 'LOGGED', version: 2 });
  });

  it('reopened after a reload with unsaved edits, waits for Save instead of sending them', async () => {
    const { server, state } = openLogged({ fields: { ...newDraft().fields, notes: '<p>typed before the reload</p>' }, dirty: true });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(state()).toBe('unsaved');
    expect(server.update).not.toHaveBeenCalled();
  });

  it('a Save from a stale version asks to merge, as for drafts', async () => {
    const { server, sync } = openLogged();
    server.editElsewhere(LOGGED_ID, '<p>Theirs</p>');
    sync.edit({ notes: '<p>Mine</p>' });
    await sync.log();
    const { state } = sync.getSnapshot();
    expect(state.kind === 'conflict' && state.theirs.notes).toBe('<p>Theirs</p>');
    await sync.resolve('mine');
    expect(server.activities.get(LOGGED_ID)).toMatchObject({ notes: '<p>Mine</p>', version: 3, status: 'LOGGED' });
    expect(sync.getSnapshot().state.kind).toBe('done');
  });
});

describe('Cancel', () => {
  it('on a new activity stops every queued save and hands what autosave created to the discard queue', async () => {
    const { server, store, sync, discardOnServer } = setUp();
    sync.edit({ notes: '<p>First thoughts</p>' });
    await vi.advanceTimersByTimeAsync(3000);
    const id = [...server.activities.keys()][0];
    sync.edit({ notes: '<p>First thoughts, more</p>' });

    sync.discard();
    expect(discardOnServer).toHaveBeenCalledWith({ idempotencyKey: 'draft-key-1', activityId: id });
    expect(store.read()).toBeNull();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.create).toHaveBeenCalledTimes(1);
    expect(server.update).not.toHaveBeenCalled();
  });

  it('while the first autosave is still on its way names the draft by its key, and its late answer brings nothing back', async () => {
    const { server, store, sync, discardOnServer } = setUp();
    let answer: () => void = () => undefined;
    server.create.mockImplementationOnce((body, key) => new Promise((resolve) => (answer = () => resolve(server.create(body, key)))));
    sync.edit({ notes: '<p>Typed</p>' });
    await vi.advanceTimersByTimeAsync(3000);

    sync.discard();
    expect(discardOnServer).toHaveBeenCalledWith({ idempotencyKey: 'draft-key-1', activityId: null });
    answer();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.read()).toBeNull();
    expect(sync.getSnapshot().draft.server).toBeNull();
  });

  it('on a new activity nobody touched sends nothing anywhere', () => {
    const { sync, discardOnServer, store } = setUp();
    sync.discard();
    expect(discardOnServer).not.toHaveBeenCalled();
    expect(store.read()).toBeNull();
  });

  it('on an existing draft only closes: the server keeps its saved version', async () => {
    const { server, sync, discardOnServer } = setUp({
      ...newDraft(),
      server: { id: 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d', version: 3, status: 'DRAFT' },
      isNew: false,
    });
    sync.edit({ notes: '<p>Not wanted after all</p>' });
    sync.discard();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(discardOnServer).not.toHaveBeenCalled();
    expect(server.update).not.toHaveBeenCalled();
  });
});
