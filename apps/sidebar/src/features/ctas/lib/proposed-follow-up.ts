import { FOLLOW_UP_PREFIX, type CreateCtaInput } from '@c360/contracts';
import { dueDateIn } from './due-date';

/** Something said in a meeting that should become a follow-up: what, whose, by when (the after-call action items). */
export interface Proposal {
  text: string;
  ownerName: string;
  /** Set when the owner is one of our users: the CTA is theirs. */
  userId?: string;
  /** YYYY-MM-DD, when the commitment named a day. */
  dueDate?: string;
}

const MAX_SUBJECT = 240;

/** The follow-up's task: the commitment as said, cut to what a CTA's subject holds. */
export const taskOf = (proposal: Proposal) => proposal.text.trim().slice(0, MAX_SUBJECT);

/** The subject the server gives a follow-up of an activity, so an existing one is recognised. */
export const followUpSubjectOf = (proposal: Proposal) => `${FOLLOW_UP_PREFIX}${taskOf(proposal)}`;

/**
 * The CTA of a proposal: owned by the speaker when they are one of our users, else by the signed-in user
 * (a customer's promise is ours to follow up); due on its day unless that has passed, else tomorrow (the
 * form's default).
 */
export function followUpOf(proposal: Proposal, activityId: string, meId: string, now: Date = new Date()): CreateCtaInput {
  const today = dueDateIn(0, now);
  const dueDate = proposal.dueDate !== undefined && proposal.dueDate >= today ? proposal.dueDate : dueDateIn(1, now);
  return { activityId, subject: taskOf(proposal), dueDate, ownerId: proposal.userId ?? meId };
}
