export { PrismaClient, Prisma } from '../generated/prisma/client.ts';
export type * from '../generated/prisma/client.ts';
