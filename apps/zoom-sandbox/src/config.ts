import { z } from 'zod';

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** Zoom's web and API hosts played by this process (the BFF's ZOOM_HOST and ZOOM_API_HOST). */
  SANDBOX_PORT: port(3001),
  /**
   * The Zoom client's embedded browser: it forwards every request to the BFF and adds the encrypted
   * `x-zoom-app-context` header to Home URL loads, as the real client does. It listens at PUBLIC_URL.
   */
  PUBLIC_URL: z.url().default('http://localhost:3000'),
  /** Where the BFF itself listens, behind the embedded browser. */
  BFF_URL: z.url().default('http://localhost:3010'),
  /** The Marketplace app's credentials: the BFF must be configured with the same values. */
  ZOOM_CLIENT_ID: z.string().min(1),
  ZOOM_CLIENT_SECRET: z.string().min(1),
  ZOOM_WEBHOOK_SECRET_TOKEN: z.string().min(1),
  /**
   * Where installations, tokens (hashed) and recordings outlive a restart; `pnpm start` puts it next to
   * the embedded store in DATA_DIR. Unset (tests), the sandbox keeps everything in memory only.
   */
  SANDBOX_STATE_FILE: z.string().min(1).optional(),
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
