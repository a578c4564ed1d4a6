export { completeSignIn } from './complete-sign-in.ts';
export { requireGainsightUser, gainsightUserOf } from './require-gainsight-user.ts';
export { resumeZoomUser } from './resume-zoom-user.ts';
export { signOut } from './sign-out.ts';
export {
  assertWithinLimits,
  clientAddressOf,
  DEFAULT_LOGIN_RATE_LIMITS,
  loginHits,
  salesforceHit,
  type LoginRateLimits,
  type StepLimits,
} from './rate-limits.ts';
