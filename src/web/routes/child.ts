import { HTTPException } from 'hono/http-exception';
import { childRecord } from '../../scorecard/child-record.js';
import { audit } from '../audit/audit.js';
import type { WebDeps } from '../deps.js';
import { openHandle } from '../handles/handles.js';
import { cellText } from '../pages/drill-view.js';
import { rowAnchor } from '../pages/row-anchor.js';
import { renderContent, sendPage } from '../render.js';
import { childScope } from '../team-scope/access.js';
import { authorityOf, pointOf, sourceOf, param } from './common.js';
import type { RouteSpec } from './route.js';

const NOT_FOUND = 'This child is not one you can see, or the link has expired. Go back to the list and open the child again.';

/**
 * One child: everything the store holds about them across lists and extracts, and the
 * data-quality findings about their rows. The address holds a handle sealed for this session,
 * never the child's id. A manager sees the child only when the child is allocated to one of
 * their teams in the extract current at D; otherwise the page is "not found", exactly as for
 * a child who does not exist. Every view is written to the audit log.
 */
export function childRoutes(deps: WebDeps): RouteSpec[] {
  return [
    {
      method: 'GET',
      path: '/children/:handle',
      access: 'child-level',
      childLevel: true,
      handler: async (c) => {
        const scope = childScope(c);
        const session = c.get('session');
        const childId = session ? openHandle(session.handleKey, 'child', param(c, 'handle')) : null;
        if (!childId) throw new HTTPException(404, { message: NOT_FOUND });
        const { asAt, point } = await pointOf(deps, c);
        const record = await childRecord(deps.data.db, childId, point, scope);
        if (!record) throw new HTTPException(404, { message: NOT_FOUND });
        audit(deps, c, { action: 'view-child', childId, asAt, rows: record.tables.reduce((a, t) => a + t.rows.length, 0) });
        const content = renderContent(deps.views, 'child.njk', {
          r: record,
          asAt,
          tables: record.tables.map((t) => ({
            title: t.title,
            columns: t.columns,
            rows: t.rows.map((row) => ({
              anchor: rowAnchor(row.extractId, row.sheet, row.rowNumber),
              extract: `${row.asAt} (extract ${row.extractId})`,
              where: row.sheet ? `${row.sheet}, row ${row.rowNumber}` : row.rowNumber !== null ? `line ${row.rowNumber}` : '',
              cells: t.columns.map((col) => `${cellText(row.values[col.key])}${row.unreadable.includes(col.key) ? ' (could not be read)' : ''}`),
            })),
          })),
          findings: record.findings.map((f) => ({ ...f, anchor: rowAnchor(f.extractId, f.sheet, f.rowNumber) })),
        });
        return sendPage(c, deps.views, { title: 'Child record', nav: 'scorecard', source: sourceOf(point), wide: true }, content, authorityOf(deps));
      },
    },
  ];
}
