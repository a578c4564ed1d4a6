import { DEMO_MEETING } from '@c360/c360/seed';

/** A Zoom account member the sandbox can sign in as. Ids look like Zoom's (opaque, 22 characters). */
export interface ZoomUser {
  id: string;
  accountId: string;
  email: string;
  firstName: string;
  lastName: string;
}

const user = (id: string, accountId: string, email: string, firstName: string, lastName: string): ZoomUser => ({
  id,
  accountId,
  email,
  firstName,
  lastName,
});

/**
 * The Zoom users of the sandbox: the demo Gainsight users (SPEC §6), each with a Zoom account of their
 * company. The first is the default signed-in user and the host of the demo meeting.
 */
export const ZOOM_USERS: readonly ZoomUser[] = [
  user('KdYKjnimT4KPd8FFgQt9FQ', 'acct-acme-9Qx2LmVw4R', 'alex@acme.example', 'Alex', 'Morgan'),
  user('vZ8r1TQ3Sgq5mJw0aB6nHw', 'acct-acme-9Qx2LmVw4R', 'vera@acme.example', 'Vera', 'Lindqvist'),
  user('p7LcYh2eR0uN3sVb9XkQzA', 'acct-acme-9Qx2LmVw4R', 'paul@acme.example', 'Paul', 'Okafor'),
  user('iF4sQ0nW6bTz1Hk8yRm2Xg', 'acct-acme-9Qx2LmVw4R', 'ian@acme.example', 'Ian', 'Fraser'),
  user('s3mRv9WqK1xN7cBd0Lp5Jt', 'acct-globex-Z7p1Kd0sTe', 'sam@globex.example', 'Sam', 'Rivera'),
  user('m1AqS8dZ4vF2nJx6Hy0TkE', 'acct-initech-B3w8Nq5uYc', 'mia@initech.example', 'Mia', 'Schneider'),
];

export const DEFAULT_ZOOM_USER = ZOOM_USERS[0]!;

export const findZoomUser = (id: string | undefined) => ZOOM_USERS.find((candidate) => candidate.id === id);

/** The customer's side of the demo meeting: they join as attendees and have no sandbox sign-in. */
export const DEMO_MEETING_GUESTS = [...DEMO_MEETING.participants, DEMO_MEETING.unknownAttendee];
export const DEMO_MEETING_TOPIC = DEMO_MEETING.topic;
