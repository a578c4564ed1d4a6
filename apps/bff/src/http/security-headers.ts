import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { Config } from '../config.ts';

/** Who may put us in a frame: ourselves and the Zoom client (or the sandbox standing in for it). */
export function frameAncestors(config: Pick<Config, 'ZOOM_HOST'>): string[] {
  const zoom = new URL(config.ZOOM_HOST);
  const sources = ["'self'", zoom.origin];
  const isDomainName = /[a-z]/i.test(zoom.hostname) && zoom.hostname.includes('.');
  // zoom.us serves the web client from subdomains (e.g. app.zoom.us); the same holds for zoomgov.com.
  if (zoom.protocol === 'https:' && isDomainName) sources.push(`https://*.${zoom.hostname}`);
  return sources;
}

/**
 * Every response, HTML or not, carries the four headers the Zoom client requires of HTML
 * (notes/zoom-platform.md §1): HSTS, nosniff, CSP, Referrer-Policy.
 */
export function securityHeaders(config: Pick<Config, 'ZOOM_HOST'>): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: frameAncestors(config),
      },
    },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: false },
    referrerPolicy: { policy: 'same-origin' },
    xContentTypeOptions: true,
    // frame-ancestors governs framing; X-Frame-Options: SAMEORIGIN would blank the panel in Zoom.
    xFrameOptions: false,
  });
}
