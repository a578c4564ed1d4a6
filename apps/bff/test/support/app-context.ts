import { createCipheriv, createHash, randomBytes } from 'node:crypto';

/** The test app's Zoom credentials (`testConfig` passes them to the BFF). */
export const TEST_CLIENT_ID = 'test-client-id';
export const TEST_CLIENT_SECRET = 'test-client-secret';

export interface ContextPayload {
  typ: string;
  uid?: string;
  mid?: string;
  ts: number;
  exp: number;
  attendrole?: string;
  iss: string;
  aud: string;
  [field: string]: unknown;
}

export function contextPayload(overrides: Partial<ContextPayload> = {}, now = Date.now()): ContextPayload {
  return {
    typ: 'meeting',
    uid: 'zoom-user-alex',
    mid: 'meeting-uuid-1==',
    ts: now,
    exp: now + 120_000,
    attendrole: 'host',
    iss: 'marketplace.zoom.us',
    aud: TEST_CLIENT_ID,
    ...overrides,
  };
}

export interface EnvelopeParts {
  iv: Buffer;
  aad: Buffer;
  cipherText: Buffer;
  tag: Buffer;
}

/** AES-256-GCM with key = SHA-256(secret), as Zoom encrypts the app context (notes/zoom-platform.md §2). */
export function sealParts(payload: unknown, secret = TEST_CLIENT_SECRET, aad = Buffer.alloc(0)): EnvelopeParts {
  const key = createHash('sha256').update(secret).digest();
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad);
  const cipherText = Buffer.concat([cipher.update(JSON.stringify(payload), 'utf8'), cipher.final()]);
  return { iv, aad, cipherText, tag: cipher.getAuthTag() };
}

/** `[ivLength:1][iv][aadLength:2 LE][aad][cipherTextLength:4 LE][cipherText][tag:16]`, byte by byte. */
export function layOut({ iv, aad, cipherText, tag }: EnvelopeParts): Buffer {
  const ivLength = Buffer.alloc(1);
  ivLength.writeUInt8(iv.length);
  const aadLength = Buffer.alloc(2);
  aadLength.writeUInt16LE(aad.length);
  const cipherTextLength = Buffer.alloc(4);
  cipherTextLength.writeUInt32LE(cipherText.length);
  return Buffer.concat([ivLength, iv, aadLength, aad, cipherTextLength, cipherText, tag]);
}

/** An `x-zoom-app-context` value. */
export function encryptContext(payload: unknown = contextPayload(), secret = TEST_CLIENT_SECRET): string {
  return layOut(sealParts(payload, secret)).toString('base64');
}
