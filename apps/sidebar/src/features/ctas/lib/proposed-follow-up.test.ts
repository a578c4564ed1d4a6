import { describe, expect, it } from 'vitest';
import { followUpOf, followUpSubjectOf } from './proposed-follow-up';

const activityId = '3f1d2c4b-5a6e-4f70-8b9c-0d1e2f3a4b5c';
const me = '5b1f7c1e-8d0a-4c39-9a0e-6f3b2d9c1a11';
const now = new Date(2026, 2, 4, 10, 0);

describe('a follow-up from a proposed action item', () => {
  it('is owned by the speaker when they are one of our users, and due on the day they named', () => {
    const alex = '0c9a3c1e-5d0b-4f41-9d0a-7d2f0f5d8a11';
    expect(followUpOf({ text: ' I’ll send the quote by Friday. ', ownerName: 'Alex', userId: alex, dueDate: '2026-03-06' }, activityId, me, now)).toEqual({
      activityId,
      subject: 'I’ll send the quote by Friday.',
      dueDate: '2026-03-06',
      ownerId: alex,
    });
  });

  it('is the signed-in user’s for a customer’s promise, due tomorrow when no day was named or the day has passed', () => {
    expect(followUpOf({ text: '資料を共有します。', ownerName: '田中 健' }, activityId, me, now)).toMatchObject({ ownerId: me, dueDate: '2026-03-05' });
    expect(followUpOf({ text: 'We will call.', ownerName: 'Mia', dueDate: '2026-03-01' }, activityId, me, now)).toMatchObject({ dueDate: '2026-03-05' });
  });

  it('keeps a subject within what a CTA holds, and knows the subject the server gives it', () => {
    const long = 'x'.repeat(300);
    expect(followUpOf({ text: long, ownerName: 'Mia' }, activityId, me, now).subject).toHaveLength(240);
    expect(followUpSubjectOf({ text: 'Send the deck.', ownerName: 'Mia' })).toBe('To-Do: Send the deck.');
  });
});
