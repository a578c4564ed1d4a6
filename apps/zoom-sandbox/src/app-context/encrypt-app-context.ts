import { createCipheriv, createHash, randomBytes } from 'node:crypto';

const IV_BYTES = 12;

/** The decrypted `x-zoom-app-context` value as Zoom builds it (notes/zoom-platform.md §2). */
export interface AppContextPayload {
  typ: 'meeting' | 'panel';
  /** Absent for guests and invitation launches. */
  uid?: string;
  mid?: string;
  /** Epoch milliseconds. */
  ts: number;
  exp: number;
  attendrole: 'host' | 'co-host' | 'participant';
  iss: 'marketplace.zoom.us';
  aud: string;
  entitlements: string[];
  act?: string;
}

/**
 * AES-256-GCM with key = SHA-256(client secret), laid out as
 * `[ivLength:1][iv][aadLength:2 LE][aad][cipherTextLength:4 LE][cipherText][tag:16]`, base64.
 */
export function encryptAppContext(payload: AppContextPayload, clientSecret: string, aad: Buffer = Buffer.alloc(0)): string {
  const key = createHash('sha256').update(clientSecret).digest();
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad);
  const cipherText = Buffer.concat([cipher.update(JSON.stringify(payload), 'utf8'), cipher.final()]);
  const ivLength = Buffer.from([iv.length]);
  const aadLength = Buffer.alloc(2);
  aadLength.writeUInt16LE(aad.length);
  const cipherTextLength = Buffer.alloc(4);
  cipherTextLength.writeUInt32LE(cipherText.length);
  return Buffer.concat([ivLength, iv, aadLength, aad, cipherTextLength, cipherText, cipher.getAuthTag()]).toString('base64');
}
