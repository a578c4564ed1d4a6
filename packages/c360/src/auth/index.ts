export { hashPassword, verifyPassword } from './password.ts';
export { lookupSignIn } from './lookup-sign-in.ts';
export { signIn, type SignedIn } from './sign-in.ts';
export { assertZoomAppAccess } from './zoom-app-access.ts';
export { checkSessionUser, type SessionUserCheck } from './check-session-user.ts';
export { findUsersByEmail, type UserByEmail } from './find-users-by-email.ts';
export { admitUser } from './admit-user.ts';
