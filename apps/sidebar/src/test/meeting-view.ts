import type { MeetingParticipantView, MeetingView, ParticipantMatchView } from '@c360/contracts';

/** A match as the tests write it: the participant's uuid is filled in from the participant. */
type MatchOf<M> = M extends ParticipantMatchView ? Omit<M, 'participantUuid'> : never;
export type MatchBody = MatchOf<ParticipantMatchView>;

export const internal = (userId: string, name: string): MatchBody => ({ kind: 'internal', userId, name });
export const person = (personId: string, name: string, companyIds: string[] = []): MatchBody => ({ kind: 'person', personId, name, companyIds });
export const suggested = (personId: string, name: string, similarity = 1): MatchBody => ({
  kind: 'suggested-person',
  suggestion: { personId, name, similarity },
});
export const unknown: MatchBody = { kind: 'unknown' };

/** One attendee of the meeting view, with no e-mail. */
export const participant = (participantUuid: string, displayName: string, match: MatchBody): MeetingParticipantView => ({
  participantUuid,
  displayName,
  email: null,
  role: 'attendee',
  match: { participantUuid, ...match },
});

/** A running meeting view with no subject, no suggested company and these participants. */
export const meetingView = (participants: MeetingParticipantView[], changes: Partial<MeetingView> = {}): MeetingView => ({
  meetingUuid: 'm1',
  topic: null,
  subject: null,
  participants,
  suggestedCompany: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...changes,
});
