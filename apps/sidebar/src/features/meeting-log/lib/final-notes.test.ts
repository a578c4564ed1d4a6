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
  ...overrides,
});

describe('activityForFinalNotes', () => {
  it('opens the activity the host watched being logged automatically', () => {
    expect(activityForFinalNotes('IN_PROGRESS', log({}), false)).toBe(activity);
    expect(activityForFinalNotes('PENDING', log({}), false)).toBe(activity);
  });

  it('opens nothing on a reload that finds the log already logged', () => {
    expect(activityForFinalNotes(undefined, log({}), false)).toBeNull();
    expect(activityForFinalNotes('LOGGED', log({}), false)).toBeNull();
  });

  it("opens nothing after the host's own Save, or for someone else's log", () => {
    expect(activityForFinalNotes('PENDING', log({}), true)).toBeNull();
    expect(activityForFinalNotes('IN_PROGRESS', log({ isMine: false }), false)).toBeNull();
  });
});
