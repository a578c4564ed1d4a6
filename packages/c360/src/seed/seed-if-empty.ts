import type { PrismaClient } from '../store/prisma.ts';
import { seedDemoData } from './seed-demo-data.ts';
import type { SeedSummary } from './seed-rows.ts';

/** Seeds the demo data into a store that has no domain yet; null when it already had data. */
export async function seedDemoDataIfEmpty(prisma: PrismaClient): Promise<SeedSummary | null> {
  if ((await prisma.domain.count()) > 0) return null;
  return seedDemoData(prisma);
}
