export { createTestStore, testStoreKind, type TestStoreOptions } from './test-store.ts';
export { rateLimiterContract } from './rate-limiter-contract.ts';
