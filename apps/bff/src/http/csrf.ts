import type { RequestHandler } from 'express';
import { sendProblem } from './problem.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return new URL(value).origin;
  } catch {
    return undefined;
  }
}

/**
 * SPEC §2: a state-changing request is accepted only when its Origin (or, without one, its Referer)
 * is the app's own origin. Browsers always send one of them on cross-site writes, so a request with
 * neither is refused too.
 */
export function requireSameOrigin(publicOrigin: string): RequestHandler {
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const origin = req.get('origin');
    const claimed = origin !== undefined ? originOf(origin) : originOf(req.get('referer'));
    if (claimed === publicOrigin) return next();
    sendProblem(res, 'FORBIDDEN', {
      type: 'urn:c360:problem:cross-origin',
      detail: "Cross-site request refused: this request must come from the app's own pages.",
    });
  };
}
