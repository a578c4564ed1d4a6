import { z } from 'zod';
import { text } from './text.ts';
import { subjectRefSchema } from './subject.ts';
import { activitySchema } from './timeline.ts';

export const MAX_ROSTER_PARTICIPANTS = 1000;
export const PARTICIPANT_ROLES = ['host', 'cohost', 'attendee'] as const;
export const participantRoleSchema = z.enum(PARTICIPANT_ROLES);
export type ParticipantRole = z.infer<typeof participantRoleSchema>;

/** A meeting's Zoom UUID, as routes name it (`:meetingUuid`): base64-ish, may hold "/", "+", "=". */
export const meetingUuidSchema = text().min(1, 'Not a meeting id.').max(200, 'Not a meeting id.');

/** A participant's id within a meeting, as the roster sends it and routes name it (`:participantUuid`). */
export const participantUuidSchema = text().trim().min(1).max(200);

/** One attendee as the host's sidebar reads it from `getMeetingParticipants`. */
export const rosterParticipantSchema = z.object({
  participantUuid: participantUuidSchema,
  displayName: text().trim().min(1).max(200),
  email: z.email().max(320).nullable(),
  role: participantRoleSchema,
});
export type RosterParticipantInput = z.infer<typeof rosterParticipantSchema>;

/** `PUT /api/meetings/:meetingUuid/roster`: the whole roster, replacing the previous one. */
export const putRosterSchema = z.object({
  participants: z.array(rosterParticipantSchema).max(MAX_ROSTER_PARTICIPANTS),
  /** From the host's `getMeetingContext`: the default subject of an activity logged in the meeting. */
  topic: text().trim().min(1).max(300).nullable().optional(),
});
export type PutRoster = z.infer<typeof putRosterSchema>;

/** `PUT /api/meetings/:meetingUuid/subject`: a company, a relationship, or neither (both null clears it). */
export const putSubjectSchema = z
  .object({
    companyId: z.uuid().nullable().optional(),
    relationshipId: z.uuid().nullable().optional(),
  })
  .refine((body) => body.companyId !== undefined || body.relationshipId !== undefined, {
    message: 'Give a companyId or a relationshipId (null clears the subject).',
    path: ['companyId'],
  })
  .refine((body) => !(body.companyId && body.relationshipId), {
    message: 'Choose a company or a relationship, not both.',
    path: ['relationshipId'],
  });
export type PutSubject = z.infer<typeof putSubjectSchema>;

const participantUuid = z.string();

/** A person of the chosen (or suggested) company whose name is like the participant's display name. */
export const personSuggestionSchema = z.object({ personId: z.uuid(), name: z.string(), similarity: z.number() });
export type PersonSuggestion = z.infer<typeof personSuggestionSchema>;

/** matchRoster's per-participant result (see @c360/c360 matching): each kind carries what it knows. */
export const participantMatchSchema = z.discriminatedUnion('kind', [
  /** A user of the domain, by e-mail; `name` is their display name. */
  z.object({ participantUuid, kind: z.literal('internal'), userId: z.uuid(), name: z.string() }),
  /** A person, by e-mail or a remembered confirmation; `companyIds` primary contact first. */
  z.object({ participantUuid, kind: z.literal('person'), personId: z.uuid(), name: z.string(), companyIds: z.array(z.uuid()) }),
  /** Only a display name like a person's: shown for a click to confirm, never a match by itself. */
  z.object({ participantUuid, kind: z.literal('suggested-person'), suggestion: personSuggestionSchema }),
  z.object({ participantUuid, kind: z.literal('unknown') }),
]);
export type ParticipantMatchView = z.infer<typeof participantMatchSchema>;

export const meetingSubjectSchema = subjectRefSchema.extend({
  name: z.string(),
  companyId: z.uuid().optional(),
  companyName: z.string().optional(),
});
export type MeetingSubject = z.infer<typeof meetingSubjectSchema>;

export const meetingParticipantViewSchema = z.object({
  participantUuid: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  role: participantRoleSchema,
  match: participantMatchSchema,
});
export type MeetingParticipantView = z.infer<typeof meetingParticipantViewSchema>;

/** `GET /api/meetings/:meetingUuid` (and the SSE `meeting` event). */
export const meetingViewSchema = z.object({
  meetingUuid: z.string(),
  topic: z.string().nullable(),
  subject: meetingSubjectSchema.nullable(),
  participants: z.array(meetingParticipantViewSchema),
  /** The company the external attendees' e-mail domains name; `unambiguous` when they name no other. */
  suggestedCompany: z.object({ id: z.uuid(), name: z.string(), matchedParticipants: z.number().int(), unambiguous: z.boolean() }).nullable(),
  updatedAt: z.iso.datetime({ offset: true }),
  /** Once the meeting has ended: what became of its after-call log (see `/log`); absent while it runs. */
  logState: z.enum(['PENDING', 'LOGGED', 'DISCARDED']).optional(),
});
export type MeetingView = z.infer<typeof meetingViewSchema>;

/** `PUT /api/meetings/:meetingUuid/participants/:participantUuid/person`: confirm (or clear) a suggestion. */
export const confirmParticipantPersonSchema = z.object({ personId: z.uuid().nullable() });
export type ConfirmParticipantPerson = z.infer<typeof confirmParticipantPersonSchema>;

/**
 * `GET /api/meetings/:meetingUuid/drafts`: the signed-in user's own draft activities of this meeting, newest
 * first, so a sidebar reopened elsewhere (pop-out, another device, cleared storage) can continue one.
 */
export const meetingDraftsSchema = z.object({ items: z.array(activitySchema) });
export type MeetingDrafts = z.infer<typeof meetingDraftsSchema>;
