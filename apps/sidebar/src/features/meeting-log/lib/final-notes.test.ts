import type { Activity, MeetingLogView } from '@c360/contracts';
import { describe, expect, it } from 'vitest';
import { activityForFinalNotes } from './final-notes';

const activity = { id: '7a0c6f1e-3f1b-4c59-9a51-2f4f1b1a9c01', subject: 'QBR' } as Activity;
const log = (overrides: Partial<MeetingLogView>): MeetingLogView => ({
  meetingUuid: 'm==',
  state: 'LOGGED',
  isMine: true,
  meeting: { topic: 'QBR', startedAt: null, endedAt: null, durationMinutes: null, companyId: null, relationshipId: null, subjectName: null },
  activity,
  otherPending: [],
  summary: null,
  actionItems: [],
  ...overrides,
});

describe('activityForFinalNotes', () => {
  it('opens the activity the host watched being logged automatically', () => {
    expect(activityForFinalNotes('IN_PROGRESS', log({}))).toBe(activity);
  });

  it('opens nothing on a reload that finds the log already logged', () => {
    expect(activityForFinalNotes(undefined, log({}))).toBeNull();
    expect(activityForFinalNotes('LOGGED', log({}))).toBeNull();
  });

  it("opens nothing after a Save of the after-call panel (here, on the Meeting logs screen or elsewhere), or for someone else's log", () => {
    expect(activityForFinalNotes('PENDING', log({}))).toBeNull();
    expect(activityForFinalNotes('IN_PROGRESS', log({ isMine: false }))).toBeNull();
  });
});
