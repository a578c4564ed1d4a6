export { runIdempotent, type IdempotencyOptions, type IdempotentRequest } from './run-idempotent.ts';
