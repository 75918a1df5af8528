import type { Context } from 'hono';
import type { WebDeps } from '../deps.js';
import type { WebEnv } from '../env.js';
import { accessOf } from '../team-scope/access.js';
import type { AuditEntry } from './audit-log.js';

/** Records a view or export of child-level data by the signed-in user of this request. */
export function audit(deps: WebDeps, c: Context<WebEnv>, entry: AuditEntry): void {
  const a = accessOf(c);
  deps.audit.record({ userId: a.user.id, username: a.user.username, role: a.role, client: c.get('client')() }, entry);
}
