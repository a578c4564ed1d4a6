export type { SessionRecord, SessionStore } from './session-record.ts';
export { prismaSessionStore } from './prisma-session-store.ts';
