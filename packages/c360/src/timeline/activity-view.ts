import type { Activity, ActivityComment } from '@c360/contracts';
import type { Prisma } from '../store/prisma.ts';
import { toActivityView } from './activity-view-sql.ts';

export const commentInclude = { author: { select: { displayName: true } } } satisfies Prisma.ActivityCommentInclude;

/**
 * What a page needs of each activity. Prisma loads each relation for the whole page in one batched query
 * (`IN (…ids)`), so a page costs the same few queries however many activities it holds.
 */
export const activityInclude = {
  author: { select: { displayName: true } },
  relationship: { select: { name: true } },
  internalAttendees: { select: { userId: true, user: { select: { displayName: true } } }, orderBy: { userId: 'asc' } },
  externalAttendees: { select: { personId: true, person: { select: { fullName: true } } }, orderBy: { personId: 'asc' } },
  comments: { include: commentInclude, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
} satisfies Prisma.ActivityInclude;

export type ActivityRow = Prisma.ActivityGetPayload<{ include: typeof activityInclude }>;
export type CommentRow = Prisma.ActivityCommentGetPayload<{ include: typeof commentInclude }>;

export function toComment(row: CommentRow): ActivityComment {
  return { id: row.id, authorId: row.authorId, authorName: row.author.displayName, body: row.body, createdAt: row.createdAt.toISOString() };
}

/** A stored activity read through Prisma, in the contract shape: the same mapping as a row of the timeline's one statement. */
export function toActivity(row: ActivityRow): Activity {
  return toActivityView({
    ...row,
    relationshipName: row.relationship?.name ?? null,
    authorName: row.author.displayName,
    internalAttendees: row.internalAttendees.map((attendee) => ({ id: attendee.userId, name: attendee.user.displayName })),
    externalAttendees: row.externalAttendees.map((attendee) => ({ id: attendee.personId, name: attendee.person.fullName })),
    comments: row.comments.map(toComment),
  });
}
