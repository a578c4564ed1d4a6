import { hash, verify, type Algorithm } from '@node-rs/argon2';

// The package types Algorithm as an ambient const enum, which verbatimModuleSyntax cannot read at run time.
const ARGON2ID = 2 as Algorithm.Argon2id;

/** OWASP's argon2id baseline: 19 MiB, two passes, one lane. */
const ARGON2_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export interface HashPasswordOptions {
  /**
   * A fixed salt (at least 8 bytes). Only for reproducible data such as the demo seed; real passwords
   * must get the random salt the library generates when this is absent.
   */
  salt?: Uint8Array;
}

/** Hashes a password as an argon2id PHC string. */
export function hashPassword(password: string, options: HashPasswordOptions = {}): Promise<string> {
  return hash(password, options.salt ? { ...ARGON2_OPTIONS, salt: options.salt } : ARGON2_OPTIONS);
}

/** True when the password matches the PHC string; false for a wrong password or a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
