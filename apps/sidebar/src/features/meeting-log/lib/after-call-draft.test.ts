import type { Activity, MeetingLogView } from '@c360/contracts';
import { describe, expect, it } from 'vitest';
import type { LocalDraft } from '@/features/timeline';
import { fromTimelineEditor, openDraft, resolveDraft, serverDraft, type AfterCallDraft } from './after-call-draft';

const activity = (version: number, notes: string): Activity => ({
  id: '7a0c6f1e-3f1b-4c59-9a51-2f4f1b1a9c01',
  version,
  type: 'MEETING',
  status: 'LOGGED',
  subject: 'QBR',
  notes,
  activityDate: '2026-11-20T09:05:00.000Z',
  authorId: '7a0c6f1e-3f1b-4c59-9a51-2f4f1b1a9c02',
  authorName: 'Alex Morgan',
  internalAttendeeIds: [],
  externalPersonIds: [],
  internalAttendees: [],
  externalAttendees: [],
});
const log = (current: Activity | null): MeetingLogView => ({
  meetingUuid: 'm==',
  state: 'PENDING',
  isMine: true,
  meeting: { topic: 'Quarterly review', startedAt: null, endedAt: null, durationMinutes: 45, companyId: null, relationshipId: null, subjectName: null },
  activity: current,
  otherPending: [],
  summary: null,
  actionItems: [],
});
const kept = (version: number | null, notes: string): AfterCallDraft => ({
  base: version === null ? null : { id: activity(1, '').id, version },
  fields: { type: 'MEETING', subject: 'QBR', notes },
});

describe('openDraft', () => {
  it("starts from the activity logged in the call, or from the meeting's topic when there is none", () => {
    expect(openDraft(log(activity(2, '<p>In the call</p>')), null)).toEqual({ draft: kept(2, '<p>In the call</p>'), theirs: null });
    expect(openDraft(log(null), null).draft).toEqual({ base: null, fields: { type: 'MEETING', subject: 'Quarterly review', notes: '' } });
  });

  it('takes the text kept on this device when the activity is as it was, or already holds that text', () => {
    expect(openDraft(log(activity(2, '<p>In the call</p>')), kept(2, '<p>Wrap-up</p>')).draft).toEqual(kept(2, '<p>Wrap-up</p>'));
    // Our own save whose answer was lost: the activity moved on to exactly our text.
    expect(openDraft(log(activity(3, '<p>Wrap-up</p>')), kept(2, '<p>Wrap-up</p>'))).toEqual({ draft: kept(3, '<p>Wrap-up</p>'), theirs: null });
  });

  it('asks when the activity changed meanwhile, and keeps the text when the activity is gone', () => {
    const theirs = activity(3, '<p>Edited elsewhere</p>');
    expect(openDraft(log(theirs), kept(2, '<p>Wrap-up</p>'))).toEqual({ draft: kept(2, '<p>Wrap-up</p>'), theirs });
    expect(openDraft(log(theirs), kept(null, '<p>Wrap-up</p>')).theirs).toBe(theirs);
    expect(openDraft(log(null), kept(2, '<p>Wrap-up</p>'))).toEqual({ draft: kept(null, '<p>Wrap-up</p>'), theirs: null });
  });
});

describe('resolveDraft', () => {
  const theirs = activity(3, '<p>Edited elsewhere</p>');
  it('goes on from their version with my text, theirs, or both notes', () => {
    expect(resolveDraft(kept(2, '<p>Mine</p>'), theirs, 'mine')).toEqual(kept(3, '<p>Mine</p>'));
    expect(resolveDraft(kept(2, '<p>Mine</p>'), theirs, 'theirs')).toEqual(serverDraft(log(theirs)));
    expect(resolveDraft(kept(2, '<p>Mine</p>'), theirs, 'combine')).toEqual(kept(3, '<p>Mine</p><p>Edited elsewhere</p>'));
  });
});

describe('fromTimelineEditor', () => {
  const current = activity(2, '<p>In the call</p>');
  const editor = (id: string, dirty: boolean): LocalDraft => ({
    idempotencyKey: 'k',
    target: { kind: 'company', id: 'c', name: 'Northwind' },
    meetingUuid: 'm==',
    fields: {
      ...kept(2, '<p>In the call, and more</p>').fields,
      activityDate: current.activityDate,
      durationMinutes: null,
      internalAttendeeIds: [],
      externalPersonIds: [],
    },
    server: { id, version: 2, status: 'LOGGED' },
    dirty,
    isNew: false,
  });

  it("starts from the Timeline editor's unsaved text of the same activity, and from nothing else", () => {
    expect(fromTimelineEditor(editor(current.id, true), current)).toEqual(kept(2, '<p>In the call, and more</p>'));
    expect(fromTimelineEditor(editor(current.id, false), current)).toBeNull();
    expect(fromTimelineEditor(editor('another', true), current)).toBeNull();
    expect(fromTimelineEditor(editor(current.id, true), null)).toBeNull();
  });
});
