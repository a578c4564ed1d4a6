export { acquireRtmsLease, isKnownMeeting, redirectRtmsLease, releaseRtmsLease, type RtmsLeaseHeld } from './rtms-lease.ts';
