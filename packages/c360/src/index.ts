export * from './errors/app-error.ts';
export * from './scorecard/index.ts';
export { hashPassword, verifyPassword } from './auth/password.ts';
export * from './sessions/index.ts';
export * from './permissions/index.ts';
export { findZoomInstallation, type ZoomInstallationSummary } from './zoom/find-installation.ts';
