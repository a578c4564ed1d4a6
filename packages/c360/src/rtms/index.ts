export { acquireRtmsLease, isKnownMeeting, releaseRtmsLease } from './rtms-lease.ts';
