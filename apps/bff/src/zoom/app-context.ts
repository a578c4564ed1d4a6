import { now as clockNow } from '@c360/c360';
import { z } from 'zod';
import { openEnvelope, parseEnvelope } from './app-context-cipher.ts';

/** Zoom's values are a few hundred bytes; the bound stops us decoding or decrypting anything big. */
export const APP_CONTEXT_MAX_CHARS = 4096;
export const ZOOM_CONTEXT_ISSUER = 'marketplace.zoom.us';

/** The decrypted `x-zoom-app-context` / `getAppContext()` value (notes/zoom-platform.md §2). */
export const appContextSchema = z.object({
  typ: z.string().min(1),
  /** Absent for guests and invitation launches. */
  uid: z.string().min(1).optional(),
  mid: z.string().min(1).optional(),
  ts: z.number(),
  /** Epoch milliseconds. */
  exp: z.number(),
  attendrole: z.string().optional(),
  iid: z.string().optional(),
  act: z.string().max(256).optional(),
  iss: z.string(),
  aud: z.string(),
  entitlements: z.unknown().optional(),
});
export type AppContext = z.infer<typeof appContextSchema>;

/** Why a value was refused: for logs only (never log the value itself). */
export type AppContextRejection = 'missing' | 'oversized' | 'malformed' | 'tampered' | 'invalid-payload' | 'expired' | 'wrong-audience' | 'wrong-issuer';

export type AppContextResult = { ok: true; context: AppContext } | { ok: false; reason: AppContextRejection };

export interface AppContextKeys {
  clientId: string;
  clientSecret: string;
}

// Zoom sends standard base64; URL-safe is accepted too, as Buffer decodes both.
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

function parsePlaintext(plaintext: Buffer): AppContext | undefined {
  try {
    const parsed = appContextSchema.safeParse(JSON.parse(plaintext.toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Decrypts and checks a Zoom app context: integrity, expiry, audience (our client id) and issuer. */
export function decryptAppContext(value: string | undefined, keys: AppContextKeys, now: Date = clockNow()): AppContextResult {
  if (value === undefined || value.trim() === '') return { ok: false, reason: 'missing' };
  if (value.length > APP_CONTEXT_MAX_CHARS) return { ok: false, reason: 'oversized' };
  const text = value.trim();
  if (!BASE64.test(text)) return { ok: false, reason: 'malformed' };
  const envelope = parseEnvelope(Buffer.from(text, 'base64'));
  if (!envelope) return { ok: false, reason: 'malformed' };
  const plaintext = openEnvelope(envelope, keys.clientSecret);
  if (typeof plaintext === 'string') return { ok: false, reason: plaintext };
  const context = parsePlaintext(plaintext);
  if (!context) return { ok: false, reason: 'invalid-payload' };
  if (context.exp <= now.getTime()) return { ok: false, reason: 'expired' };
  if (context.aud !== keys.clientId) return { ok: false, reason: 'wrong-audience' };
  if (context.iss !== ZOOM_CONTEXT_ISSUER) return { ok: false, reason: 'wrong-issuer' };
  return { ok: true, context };
}
