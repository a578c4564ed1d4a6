import { z } from 'zod';

const Env = z.object({
  DATABASE_URL: z
    .string({ error: 'is required' })
    .trim()
    .min(1, 'is required')
    .pipe(z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgresql:// URL' })),
});

/** The store commands' only setting; a one-line error names it when it is missing or wrong. */
export function databaseUrlFromEnv(env: NodeJS.ProcessEnv): string {
  const parsed = Env.safeParse(env);
  if (!parsed.success) throw new Error(`DATABASE_URL ${parsed.error.issues[0]?.message ?? 'is invalid'}`);
  return parsed.data.DATABASE_URL;
}

/** Runs a command's body and exits with its code; failures print one line prefixed by the command. */
export function runCommand(name: string, body: () => Promise<number>): void {
  body().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
