export { createTestStore, testStoreKind, type TestStoreOptions } from './test-store.ts';
