import { z } from 'zod';
import { MAX_INVITEES } from '../meetings/app-invitations.ts';

const screenName = z.string().trim().min(1).max(64);

export const myRoleSchema = z.enum(['host', 'cohost', 'attendee', 'guest']);
export type MyRole = z.infer<typeof myRoleSchema>;

export const joinRequest = z.object({
  meetingUuid: z.string().min(1),
  userId: z.string().min(1),
  role: myRoleSchema,
});

export const addParticipantRequest = z.object({
  screenName,
  email: z.union([z.email(), z.literal('')]).optional(),
});

export const updateParticipantRequest = z
  .object({ screenName: screenName.optional(), role: myRoleSchema.optional() })
  .refine((body) => body.screenName !== undefined || body.role !== undefined, 'Give a screenName or a role.');

export const launchRequest = z.object({
  meetingUuid: z.string().min(1),
  participantUuid: z.string().min(1),
  act: z.string().max(256).optional(),
});

export const authorizeRequest = z.object({
  launch: z.string().min(1),
  codeChallenge: z.string().min(1).max(256),
});

export const newMeetingRequest = z.object({ userId: z.string().min(1) });

export const appInvitationRequest = z.object({
  from: z.string().min(1),
  to: z.array(z.string().min(1)).min(1).max(MAX_INVITEES),
});

const spokenLanguage = z.enum(['en', 'ja']);

export const sayRequest = z.object({
  /** The speaker's participantUUID. */
  participant: z.string().min(1),
  text: z.string().trim().min(1).max(2000),
  language: spokenLanguage,
});

export const playConversationRequest = z.object({
  language: spokenLanguage,
  /** How many times faster than natural speech (1 = natural). */
  speed: z.number().min(0.5).max(50).default(1),
});
