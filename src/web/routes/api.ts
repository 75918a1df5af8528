import { HTTPException } from 'hono/http-exception';
import { scorecardJson } from '../../publish/scorecard-json.js';
import { suppressScorecard, suppressTeamBreakdown } from '../../scorecard/suppressed-scorecard.js';
import { audit } from '../audit/audit.js';
import type { WebDeps } from '../deps.js';
import { filterAndSort } from '../pages/drill-view.js';
import { accessOf, childScope } from '../team-scope/access.js';
import { measureOf, pointOf, param } from './common.js';
import type { RouteSpec } from './route.js';

/**
 * JSON for other tools (a council's own reporting, Power BI): the same figures as the pages,
 * under the same rules: viewers get suppressed aggregates only, managers' lists of children
 * are their teams' only, and every list of children is audited.
 */
export function apiRoutes(deps: WebDeps): RouteSpec[] {
  return [
    {
      method: 'GET',
      path: '/api/scorecard',
      access: 'signed-in',
      childLevel: false,
      handler: async (c) => {
        const a = accessOf(c);
        const { asAt } = await pointOf(deps, c);
        const team = c.req.query('team')?.trim() || undefined;
        if (team && a.suppressed) throw new HTTPException(403, { message: 'viewers see the authority figures only; team figures come suppressed from /api/measures/ID/breakdown' });
        const s = await deps.data.scorecard(asAt, team);
        return c.json(scorecardJson(a.suppressed ? suppressScorecard(s) : s));
      },
    },
    {
      method: 'GET',
      path: '/api/measures/:id/breakdown',
      access: 'signed-in',
      childLevel: false,
      handler: async (c) => {
        const a = accessOf(c);
        const m = measureOf(deps, param(c, 'id'));
        const { asAt } = await pointOf(deps, c);
        const by = c.req.query('by') === 'worker' ? 'worker' : 'team';
        if (by === 'worker' && a.suppressed) throw new HTTPException(403, { message: 'viewers see breakdowns by team only' });
        const rows = await deps.data.breakdown(asAt, m, by);
        return c.json({ measure: m.id, asAt, by, suppressed: a.suppressed, rows: a.suppressed ? suppressTeamBreakdown(rows, m.kind) : rows });
      },
    },
    {
      method: 'GET',
      path: '/api/measures/:id/drill',
      access: 'child-level',
      childLevel: true,
      handler: async (c) => {
        const scope = childScope(c);
        const m = measureOf(deps, param(c, 'id'));
        const { asAt, point } = await pointOf(deps, c);
        const team = c.req.query('team')?.trim() || null;
        const inParam = c.req.query('in');
        const rows = filterAndSort(await deps.data.drill(asAt, m, scope), { team, numerator: inParam === 'yes' || inParam === 'no' ? inParam : 'all', search: null, sort: 'default', dir: 'asc' });
        audit(deps, c, { action: 'api-drill', measureId: m.id, asAt, rows: rows.length, detail: { team } });
        return c.json({ measure: m.id, asAt, extractId: point.extract.extractId, team, rows });
      },
    },
  ];
}
