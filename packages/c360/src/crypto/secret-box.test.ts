import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox, SecretBoxError } from './secret-box.ts';

const box = createSecretBox(randomBytes(32));

describe('the secret box', () => {
  it('opens what it sealed, in the same context', () => {
    expect(box.open(box.seal('refresh-token-value', 'user-1/refreshToken'), 'user-1/refreshToken')).toBe('refresh-token-value');
  });

  it('writes a versioned value with a fresh IV every time, never the plaintext', () => {
    const first = box.seal('same secret', 'ctx');
    const second = box.seal('same secret', 'ctx');
    expect(first).toMatch(/^v1\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain('same secret');
  });

  it('refuses a value moved to another context (row or column)', () => {
    const sealed = box.seal('token', 'user-1/accessToken');
    expect(() => box.open(sealed, 'user-2/accessToken')).toThrow(SecretBoxError);
  });

  it('refuses a tampered value and a value sealed with another key', () => {
    const sealed = box.seal('token', 'ctx');
    const [version, iv, tag, ciphertext] = sealed.split('.') as [string, string, string, string];
    const flipped = Buffer.from(ciphertext, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => box.open([version, iv, tag, flipped.toString('base64url')].join('.'), 'ctx')).toThrow(SecretBoxError);
    expect(() => createSecretBox(randomBytes(32)).open(sealed, 'ctx')).toThrow(SecretBoxError);
    expect(() => box.open('not-sealed', 'ctx')).toThrow(SecretBoxError);
  });

  it('accepts only a 32-byte key', () => {
    expect(() => createSecretBox(randomBytes(16))).toThrow(/32 bytes/);
  });
});
