import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Scope } from '../../measures/engine.js';
import type { Role } from '../auth/roles.js';
import type { WebUser } from '../auth/user-store.js';
import type { WebEnv } from '../env.js';

/**
 * What a signed-in user may see, worked out once per request from their role and teams.
 * Every route reads children only through `childScope`, which is the scope handed to the
 * query layer: all teams for analysts and admins, the user's own teams for a manager, and
 * nothing at all for a viewer (the call refuses before any query runs).
 */
export interface Access {
  readonly user: WebUser;
  readonly role: Role;
  readonly teams: readonly string[];
  /** The scope of every child-level query; null: no child-level data, ever. */
  readonly childScope: Scope | null;
  /** Aggregates are shown with counts of 1 to 4 suppressed (and secondary suppression). */
  readonly suppressed: boolean;
  /**
   * Users who see exactly the same aggregate pages share cached pages: an analyst's and an
   * admin's are the same; a manager's differ only in links to children; a viewer's are suppressed.
   */
  readonly audience: 'analyst' | 'manager' | 'viewer';
  readonly canUpload: boolean;
  readonly canComment: boolean;
  readonly isAdmin: boolean;
}

export function accessFor(user: WebUser): Access {
  const role = user.role;
  const everyTeam: Scope = {};
  return {
    user,
    role,
    teams: role === 'manager' ? user.teams : [],
    childScope: role === 'viewer' ? null : role === 'manager' ? { teams: user.teams } : everyTeam,
    suppressed: role === 'viewer',
    audience: role === 'viewer' ? 'viewer' : role === 'manager' ? 'manager' : 'analyst',
    canUpload: role === 'analyst' || role === 'admin',
    canComment: role === 'analyst' || role === 'admin',
    isAdmin: role === 'admin',
  };
}

/** The signed-in user's access (the route's middleware has already required a user). */
export function accessOf(c: Context<WebEnv>): Access {
  const a = c.get('access');
  if (!a) throw new HTTPException(401, { message: 'Sign in to see this page.' });
  return a;
}

/**
 * The scope of a child-level query for this request. A viewer is refused here, before any
 * query runs; the route table refuses them first, and this is the second lock.
 */
export function childScope(c: Context<WebEnv>): Scope {
  const a = accessOf(c);
  if (!a.childScope) throw new HTTPException(403, { message: 'Your role shows figures only, never the children behind them.' });
  return a.childScope;
}

/** A short stable key of a scope, for caching results computed under it. */
export function scopeKey(scope: Scope): string {
  if (scope.teams === undefined) return scope.team ? `team:${scope.team.toLowerCase()}` : 'all';
  return `teams:${[...scope.teams].map((t) => t.toLowerCase()).sort().join('|')}${scope.team ? `&team:${scope.team.toLowerCase()}` : ''}`;
}
