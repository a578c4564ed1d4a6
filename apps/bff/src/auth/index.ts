export { completeSignIn } from './complete-sign-in.ts';
export { requireGainsightUser, gainsightUserOf } from './require-gainsight-user.ts';
export { resumeZoomUser } from './resume-zoom-user.ts';
export { signOut } from './sign-out.ts';
export { assertWithinLimits, DEFAULT_LOGIN_RATE_LIMITS, type LoginRateLimits } from './rate-limits.ts';
