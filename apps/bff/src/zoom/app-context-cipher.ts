import { createDecipheriv, createHash } from 'node:crypto';

const TAG_BYTES = 16;
/** AES-GCM needs a nonce; Zoom sends 12 bytes, anything empty is a forgery. */
const MIN_IV_BYTES = 1;

export type CipherFailure = 'malformed' | 'tampered';

/** The parts of Zoom's encrypted app context (notes/zoom-platform.md §2). */
export interface AppContextEnvelope {
  iv: Buffer;
  aad: Buffer;
  cipherText: Buffer;
  tag: Buffer;
}

/**
 * Splits `[ivLength:1][iv][aadLength:2 LE][aad][cipherTextLength:4 LE][cipherText][tag:16]`.
 * Every length is checked against what is left, so a lying length never reads past the buffer.
 */
export function parseEnvelope(bytes: Buffer): AppContextEnvelope | undefined {
  let offset = 0;
  const take = (length: number): Buffer | undefined => {
    if (length < 0 || offset + length > bytes.length) return undefined;
    const part = bytes.subarray(offset, offset + length);
    offset += length;
    return part;
  };
  const ivLength = take(1)?.readUInt8(0);
  if (ivLength === undefined || ivLength < MIN_IV_BYTES) return undefined;
  const iv = take(ivLength);
  const aadLength = take(2)?.readUInt16LE(0);
  if (!iv || aadLength === undefined) return undefined;
  const aad = take(aadLength);
  const cipherTextLength = take(4)?.readUInt32LE(0);
  if (!aad || cipherTextLength === undefined) return undefined;
  const cipherText = take(cipherTextLength);
  const tag = take(TAG_BYTES);
  // Trailing bytes mean the layout is not what we think it is.
  if (!cipherText || !tag || offset !== bytes.length) return undefined;
  return { iv, aad, cipherText, tag };
}

/** AES-256-GCM with key = SHA-256(client secret); any change to iv, aad, text or tag fails authentication. */
export function openEnvelope(envelope: AppContextEnvelope, clientSecret: string): Buffer | CipherFailure {
  const key = createHash('sha256').update(clientSecret).digest();
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, envelope.iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(envelope.aad);
    decipher.setAuthTag(envelope.tag);
    return Buffer.concat([decipher.update(envelope.cipherText), decipher.final()]);
  } catch {
    return 'tampered';
  }
}
