import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import type { WebEnv } from './env.js';

/**
 * The client's address, for the sign-in rate limit and the audit log: the socket's, or, behind
 * a proxy the authority runs (trustProxy), the first X-Forwarded-For entry. Trusting that header
 * without a proxy would let anyone choose their own address and escape the rate limit.
 */
export function clientAddress(trustProxy: boolean): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    // Worked out only when asked for (signing in, the audit log), not on every page.
    let address: string | null = null;
    c.set('client', () => (address ??= addressOf(c, trustProxy)));
    await next();
  };
}

function addressOf(c: Context<WebEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded.slice(0, 64);
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Requests made in-process (tests) have no socket.
    return 'local';
  }
}
