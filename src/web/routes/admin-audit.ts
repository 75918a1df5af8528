import { listAudit } from '../audit/audit-log.js';
import type { WebDeps } from '../deps.js';
import { renderContent, sendPage } from '../render.js';
import { authorityOf, intQuery, qs, latestSource } from './common.js';
import type { RouteSpec } from './route.js';

const PER_PAGE = 100;

/** The audit log, for admins: who saw or exported which children's data, and when. */
export function adminAuditRoutes(deps: WebDeps): RouteSpec[] {
  return [
    {
      method: 'GET',
      path: '/admin/audit',
      access: 'admin',
      childLevel: true,
      handler: async (c) => {
        await deps.audit.flush();
        const page = intQuery(c, 'page', 1, 1, 1_000_000);
        const username = c.req.query('user')?.slice(0, 100) || undefined;
        const action = c.req.query('action')?.slice(0, 40) || undefined;
        const { total, entries } = await listAudit(deps.data.db, { username, action, limit: PER_PAGE, offset: (page - 1) * PER_PAGE });
        const pages = Math.max(1, Math.ceil(total / PER_PAGE));
        const content = renderContent(deps.views, 'admin-audit.njk', {
          entries: entries.map((e) => ({ ...e, detailText: Object.entries(e.detail).filter(([, v]) => v !== null && v !== undefined && v !== false).map(([k, v]) => `${k}: ${String(v)}`).join(', ') })),
          total,
          username,
          action,
          pagination: {
            previous: page > 1 ? { href: `/admin/audit${qs({ user: username, action, page: page - 1 })}` } : undefined,
            next: page < pages ? { href: `/admin/audit${qs({ user: username, action, page: page + 1 })}` } : undefined,
          },
          pages,
        });
        return sendPage(c, deps.views, { title: 'Audit log', nav: 'audit', wide: true, source: await latestSource(deps) }, content, authorityOf(deps));
      },
    },
  ];
}
