import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { WebEnv } from '../env.js';
import { type Role, atLeast } from './roles.js';

/**
 * Who may use a route:
 * - public: anyone (sign-in, static files);
 * - signed-in: any signed-in user (figures; viewers get them suppressed);
 * - child-level: managers, analysts and admins (managers only for their teams' children, by
 *   the scope in the query); never viewers;
 * - analyst: analysts and admins (uploads, commentary, refresh status);
 * - admin: admins only (users, audit log).
 */
export type AccessLevel = 'public' | 'signed-in' | 'child-level' | 'analyst' | 'admin';

const MINIMUM: Record<Exclude<AccessLevel, 'public' | 'signed-in'>, Role> = {
  'child-level': 'manager',
  analyst: 'analyst',
  admin: 'admin',
};

export function requireAccess(level: AccessLevel): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    if (level === 'public') return next();
    const access = c.get('access');
    if (!access) {
      // A page asks the browser to sign in and come back; anything else is refused plainly.
      if (c.req.method === 'GET' && !c.req.path.startsWith('/api/') && !/\.(csv|xlsx)$/.test(c.req.path)) {
        const back = c.req.path + (new URL(c.req.url).search.length < 500 ? new URL(c.req.url).search : '');
        return c.redirect(`/sign-in?next=${encodeURIComponent(back)}`, 303);
      }
      throw new HTTPException(401, { message: 'Sign in to see this page.' });
    }
    if (level !== 'signed-in' && !atLeast(access.role, MINIMUM[level])) {
      throw new HTTPException(403, {
        message: level === 'child-level' ? 'Your role shows figures only, never the children behind them.' : 'Your role does not allow this page.',
      });
    }
    await next();
  };
}
