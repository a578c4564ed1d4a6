import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';

describe('password hashing', () => {
  it('stores an argon2id PHC string with the OWASP parameters', async () => {
    const hash = await hashPassword('zoom-demo-2026');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('accepts the right password and rejects any other', async () => {
    const hash = await hashPassword('zoom-demo-2026');
    expect(await verifyPassword(hash, 'zoom-demo-2026')).toBe(true);
    expect(await verifyPassword(hash, 'zoom-demo-2025')).toBe(false);
    expect(await verifyPassword(hash, '')).toBe(false);
  });

  it('salts randomly unless a salt is given', async () => {
    expect(await hashPassword('secret')).not.toBe(await hashPassword('secret'));
    const salt = new TextEncoder().encode('fixed-salt-0001');
    const first = await hashPassword('secret', { salt });
    expect(await hashPassword('secret', { salt })).toBe(first);
    expect(await verifyPassword(first, 'secret')).toBe(true);
  });

  it('treats a malformed hash as a mismatch', async () => {
    expect(await verifyPassword('not-a-hash', 'secret')).toBe(false);
  });
});
