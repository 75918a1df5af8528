import type { Handler } from 'hono';
import type { AccessLevel } from '../auth/require-access.js';
import type { WebEnv } from '../env.js';

/**
 * One route of the dashboard. Every route is declared in this form and registered from the
 * one table (routes/index.ts), so the access checks cannot be forgotten on a new route and the
 * tests can enumerate every route to prove who reaches what.
 */
export interface RouteSpec {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly access: AccessLevel;
  /** Returns data about individual children (under the user's team scope), and is audited. */
  readonly childLevel: boolean;
  readonly handler: Handler<WebEnv>;
}
