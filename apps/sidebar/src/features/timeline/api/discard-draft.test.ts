import { describe, expect, it } from 'vitest';
import { discardDraftWrite, discardedActivityId, isDiscard } from './discard-draft';

const queued = (write: ReturnType<typeof discardDraftWrite>) => ({ ...write, idempotencyKey: 'write-key' });

describe('a discard as a queued write', () => {
  it('deletes the draft by its Idempotency-Key and re-reads the timelines once it is gone', () => {
    const write = discardDraftWrite({ idempotencyKey: 'draft/key', activityId: 'a1' });
    expect(write).toMatchObject({ method: 'DELETE', path: '/api/activity-drafts/draft%2Fkey', body: undefined });
    expect(write.refresh).toEqual([['timeline'], ['timeline-meeting-drafts']]);
  });

  it('names the activity it removes once its id is known, so the timeline hides it meanwhile', () => {
    expect(discardedActivityId(queued(discardDraftWrite({ idempotencyKey: 'k1', activityId: 'a1' })))).toBe('a1');
    expect(discardedActivityId(queued(discardDraftWrite({ idempotencyKey: 'k2', activityId: null })))).toBeNull();
  });

  it('is told apart from the other writes of the queue', () => {
    expect(isDiscard(queued(discardDraftWrite({ idempotencyKey: 'k1', activityId: null })))).toBe(true);
    const comment = {
      method: 'POST' as const,
      path: '/api/activities/a1/comments',
      body: { body: 'x' },
      target: 'activity:a1',
      refresh: [],
      idempotencyKey: 'c',
    };
    expect(isDiscard(comment)).toBe(false);
    expect(discardedActivityId(comment)).toBeNull();
  });
});
