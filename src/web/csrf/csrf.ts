import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { WebEnv } from '../env.js';

export const CSRF_FIELD = '_csrf';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Every form that changes something carries the session's CSRF token (a hidden field, or the
 * X-CSRF-Token header), and a request another site started is refused outright (the browser's
 * Sec-Fetch-Site, or an Origin that is not ours). Two independent locks: either alone stops a
 * forged form, and the SameSite cookie is a third.
 */
export function csrf(options: { allowedOrigins?: readonly string[] } = {}): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    const site = c.req.header('sec-fetch-site');
    if (site && site !== 'same-origin' && site !== 'none') throw new HTTPException(403, { message: 'This request came from another site and was refused.' });
    const origin = c.req.header('origin');
    if (origin && origin !== 'null') {
      const own = new URL(c.req.url).origin;
      if (origin !== own && !(options.allowedOrigins ?? []).includes(origin)) {
        throw new HTTPException(403, { message: 'This request came from another site and was refused.' });
      }
    }
    const session = c.get('session');
    let token = c.req.header('x-csrf-token');
    if (!token) {
      const type = c.req.header('content-type') ?? '';
      if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
        const body = await c.req.parseBody();
        const v = body[CSRF_FIELD];
        token = typeof v === 'string' ? v : undefined;
      }
    }
    if (!session || !token || !same(token, session.csrfToken)) {
      throw new HTTPException(403, { message: 'This form has expired or did not come from this site. Go back, reload the page and try again.' });
    }
    await next();
  };
}
