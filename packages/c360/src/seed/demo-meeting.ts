/**
 * The meeting the sandbox Zoom client starts with (SPEC §6): people of one acme company, one attendee who
 * is not in Gainsight, and the signed-in user as host. The seed creates the company and these people.
 */
export const DEMO_MEETING = {
  domainHost: 'acme.gainsightcloud.com',
  hostUsername: 'alex@acme.example',
  topic: 'Northwind Traders quarterly business review',
  companyName: 'Northwind Traders',
  companyEmailDomain: 'northwind.example',
  participants: [
    { displayName: 'Emma Clark', email: 'emma.clark@northwind.example' },
    { displayName: 'Liam Nguyen', email: 'liam.nguyen@northwind.example' },
    // Joins without an e-mail (as guests often do): matched by display name, as a suggestion.
    { displayName: 'Olivia Park', email: null },
  ],
  unknownAttendee: { displayName: 'Jordan Blake', email: 'jordan.blake@outlook.example' },
} as const satisfies {
  participants: ReadonlyArray<{ displayName: string; email: string | null }>;
  unknownAttendee: { displayName: string; email: string };
  [key: string]: unknown;
};

/** Northwind Traders' contacts, primary first. */
export const NORTHWIND_PEOPLE = [
  { firstName: 'Emma', lastName: 'Clark', title: 'VP Operations', role: 'Decision Maker' },
  { firstName: 'Liam', lastName: 'Nguyen', title: 'IT Director', role: 'Technical Contact' },
  { firstName: 'Olivia', lastName: 'Park', title: 'Head of Customer Experience', role: 'Champion' },
  { firstName: 'Noah', lastName: 'Williams', title: 'Procurement Manager', role: 'Billing Contact' },
  { firstName: 'Ava', lastName: 'Johnson', title: 'Operations Analyst', role: 'End User' },
] as const;
