export { createTestStore, testStoreKind, type TestStoreOptions } from './test-store.ts';
export { rateLimiterContract } from './rate-limiter-contract.ts';
export { demoActor, rejection } from './demo-actors.ts';
export { useFixedClock, type FixedClock } from './fixed-clock.ts';
export { storeTest, emptyStoreTest, fileStoreOf } from './store-test.ts';
export { fileOf } from './file-of.ts';
export { unzipTexts } from './unzip.ts';
export { dryRunFile, importFile } from './import-file.ts';
export { countingQueries } from './count-queries.ts';
