import { z } from 'zod';

// The BFF's CSP forbids eval. Schemas decide at construction whether to compile a fast path with
// `new Function`, which the browser reports as a violation, so this must run before any schema exists:
// main.tsx imports this module first.
z.config({ jitless: true });
