export * from './errors/app-error.ts';
export * from './scorecard/index.ts';
export * from './auth/index.ts';
export * from './sessions/index.ts';
export * from './permissions/index.ts';
export * from './zoom/index.ts';
export * from './crypto/index.ts';
export * from './rate-limit/index.ts';
