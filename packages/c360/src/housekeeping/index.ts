export { pruneStore, RETENTION_DAYS, type PruneCounts } from './prune-store.ts';
