import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  SANDBOX_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  /** Where the product (the BFF) is reached. */
  PUBLIC_URL: z.url().default('http://localhost:3000'),
});

export type SandboxConfig = z.infer<typeof schema>;

export class SandboxConfigError extends Error {
  override name = 'SandboxConfigError';
}

export function loadSandboxConfig(env: NodeJS.ProcessEnv): SandboxConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new SandboxConfigError(`Invalid sandbox configuration: ${problems.join('; ')}`);
  }
  // The sandbox plays Zoom with development secrets; it must never run beside a production BFF.
  if (parsed.data.NODE_ENV === 'production') {
    throw new SandboxConfigError('The Zoom sandbox is for development and tests only; it refuses NODE_ENV=production.');
  }
  return parsed.data;
}
