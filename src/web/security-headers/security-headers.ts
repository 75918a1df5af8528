import { randomBytes } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { WebEnv } from '../env.js';

const POLICY_REST = [
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

/** Random bytes fetched a few thousand at a time: a nonce on every response should not cost a system call each. */
let pool = Buffer.alloc(0);
let used = 0;
function nextNonce(): string {
  if (used + 16 > pool.length) {
    pool = randomBytes(4096);
    used = 0;
  }
  const nonce = pool.toString('base64', used, used + 16);
  used += 16;
  return nonce;
}

export interface SecurityHeaderOptions {
  /** Send Strict-Transport-Security (when the dashboard is served over HTTPS). */
  readonly hsts?: boolean;
}

/**
 * Headers on every response. The content security policy allows scripts and styles from this
 * site only, plus the one inline script of the GOV.UK template, by a nonce new on every
 * response; no frames, no plug-ins, no other site's forms. Referrer-Policy: no-referrer, so a
 * page's address never travels to another site. Dynamic pages may hold children's data and
 * are never stored by the browser or a proxy (Cache-Control: no-store); static files set
 * their own caching.
 */
export function securityHeaders(options: SecurityHeaderOptions = {}): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    const nonce = nextNonce();
    c.set('nonce', nonce);
    await next();
    const h = c.res.headers;
    h.set('Content-Security-Policy', `default-src 'none'; script-src 'self' 'nonce-${nonce}'; ${POLICY_REST}`);
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('X-Frame-Options', 'DENY');
    h.set('Referrer-Policy', 'no-referrer');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    h.set('Cross-Origin-Resource-Policy', 'same-origin');
    h.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()');
    if (options.hsts) h.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    if (!h.has('Cache-Control')) h.set('Cache-Control', 'no-store');
  };
}
