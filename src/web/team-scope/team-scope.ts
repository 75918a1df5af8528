import type { MiddlewareHandler } from 'hono';
import type { WebEnv } from '../env.js';
import type { UserCache } from '../auth/user-cache.js';
import { accessFor } from './access.js';

/**
 * Works out what the signed-in user may see, from their account as it is now (a role or team
 * changed by an admin applies from the next request), and sets it for the routes.
 */
export function teamScope(users: UserCache): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    const s = c.get('session');
    const user = s?.userId != null ? await users.get(s.userId) : null;
    c.set('access', user && !user.disabled ? accessFor(user) : null);
    await next();
  };
}
