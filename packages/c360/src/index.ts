export * from './errors/app-error.ts';
export * from './scorecard/index.ts';
export { hashPassword, verifyPassword } from './auth/password.ts';
export * from './sessions/index.ts';
