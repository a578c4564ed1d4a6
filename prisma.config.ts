import { defineConfig } from 'prisma/config';

// The Prisma CLI insists on a native schema-engine binary that it would download from a host this
// machine cannot reach. generate/validate/format never run it, so any executable satisfies the check.
// Migrations are created and applied by our own scripts (see README, "Migrations").
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
