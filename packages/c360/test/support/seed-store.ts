import { seedDemoData } from '../../src/seed/index.ts';
import type { Store } from '../../src/store/index.ts';

/** Loads the demo data into a store (the seeded template every `seeded: true` test starts from). */
export async function seedStore(store: Store): Promise<void> {
  await seedDemoData(store.prisma);
}
