import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { CohortRow, Scope } from '../../measures/engine.js';
import type { Measure } from '../../measures/measure.js';
import { cohortXlsx } from '../../publish/cohort-xlsx.js';
import { toCsv } from '../../publish/csv.js';
import { longDate } from '../../publish/scorecard-labels.js';
import type { AuditAction } from '../audit/audit-log.js';
import type { WebDeps } from '../deps.js';
import type { WebEnv } from '../env.js';
import { childHandle } from '../handles/child-handle.js';
import { openHandle, sealHandle } from '../handles/handles.js';
import { type DrillQuery, PAGE_SIZE, drillBodyHtml, exportTable, filterAndSort, numeratorCount, sortKeys } from '../pages/drill-view.js';
import { renderContent, sendPage } from '../render.js';
import { accessOf, childScope, scopeKey } from '../team-scope/access.js';
import { audit } from '../audit/audit.js';
import { authorityOf, formOf, intQuery, measureOf, pointOf, qs, sourceOf, param } from './common.js';
import type { RouteSpec } from './route.js';

/** The list's filters from the address; the search comes sealed in a handle of this session. */
function drillQuery(c: Context<WebEnv>, m: Measure, scope: Scope): DrillQuery {
  const session = c.get('session');
  const sealed = c.req.query('q');
  const search = sealed && session ? openHandle(session.handleKey, 'search', sealed) : null;
  if (sealed && search === null) throw new HTTPException(404, { message: 'This search has expired: search again.' });
  const team = c.req.query('team')?.trim() || null;
  if (team && scope.teams && !scope.teams.some((t) => t.toLowerCase() === team.toLowerCase())) {
    throw new HTTPException(404, { message: 'That team is not one of yours.' });
  }
  const inParam = c.req.query('in');
  const sort = c.req.query('sort') ?? 'default';
  return {
    team,
    numerator: inParam === 'yes' || inParam === 'no' ? inParam : 'all',
    search: search || null,
    sort: sortKeys(m).includes(sort) ? sort : 'default',
    dir: c.req.query('dir') === 'desc' ? 'desc' : 'asc',
  };
}

/** The rows the user may see, filtered and sorted; cached per scope and filters (never across scopes). */
async function rowsFor(deps: WebDeps, asAt: string, m: Measure, scope: Scope, q: DrillQuery): Promise<CohortRow[]> {
  const key = `drillview|${asAt}|${m.id}|${scopeKey(scope)}|${q.team?.toLowerCase() ?? ''}|${q.numerator}|${q.search ?? ''}|${q.sort}|${q.dir}`;
  return deps.data.rows.get(key, async () => filterAndSort(await deps.data.drill(asAt, m, scope), q));
}

function listParams(asAt: string, q: DrillQuery, sealedSearch: string | undefined): Record<string, string | undefined> {
  return { 'as-at': asAt, team: q.team ?? undefined, in: q.numerator === 'all' ? undefined : q.numerator, q: sealedSearch, sort: q.sort === 'default' ? undefined : q.sort, dir: q.sort === 'default' ? undefined : q.dir };
}

/**
 * The cohort behind a figure: each row with its child, team, worker, key dates, and whether
 * and why it is in the numerator. Always under the user's child scope (a manager's teams);
 * viewers never reach it. Every view and export is written to the audit log.
 */
export function drillRoutes(deps: WebDeps): RouteSpec[] {
  const exporter = (format: 'csv' | 'xlsx'): RouteSpec => ({
    method: 'GET',
    path: `/measures/:id/drill.${format}`,
    access: 'child-level',
    childLevel: true,
    handler: async (c) => {
      const scope = childScope(c);
      const m = measureOf(deps, param(c, 'id'));
      const { asAt } = await pointOf(deps, c);
      const q = drillQuery(c, m, scope);
      const rows = await rowsFor(deps, asAt, m, scope, q);
      const t = exportTable(rows, m);
      audit(deps, c, { action: `export-${format}` as AuditAction, measureId: m.id, asAt, rows: rows.length, detail: { team: q.team, numerator: q.numerator, search: q.search !== null } });
      const name = `${m.id}-${asAt}${q.team ? `-${q.team.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}` : ''}.${format}`;
      c.header('Content-Disposition', `attachment; filename="${name}"`);
      if (format === 'csv') {
        c.header('Content-Type', 'text/csv; charset=utf-8');
        return c.body(toCsv(t.header, t.rows));
      }
      c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const title = `${m.title} as at ${longDate(asAt)}${q.team ? `, ${q.team}` : ''}: the rows behind the figure`;
      return c.body(new Uint8Array(await cohortXlsx(title, t.header, t.rows)));
    },
  });
  return [
    {
      method: 'GET',
      path: '/measures/:id/drill',
      access: 'child-level',
      childLevel: true,
      handler: async (c) => {
        const a = accessOf(c);
        const scope = childScope(c);
        const session = c.get('session');
        if (!session) throw new HTTPException(401, { message: 'Sign in to see this page.' });
        const m = measureOf(deps, param(c, 'id'));
        const { asAt, point } = await pointOf(deps, c);
        const q = drillQuery(c, m, scope);
        const rows = await rowsFor(deps, asAt, m, scope, q);
        const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
        const page = intQuery(c, 'page', 1, 1, pages);
        const shown = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
        const params = listParams(asAt, q, c.req.query('q'));
        const childHref = (r: CohortRow) => `/children/${childHandle(session, r.child_id)}${qs({ 'as-at': asAt })}`;
        const columns = [
          { key: 'child_id', label: 'Child' },
          { key: 'team', label: 'Team' },
          { key: 'worker', label: 'Worker' },
          { key: 'in_numerator', label: 'In numerator' },
          { key: 'reason', label: 'Why' },
          ...m.details.map((d) => ({ key: d.key, label: d.label })),
        ].map((col) => {
          const current = q.sort === col.key;
          const dir = current && q.dir === 'asc' ? 'desc' : 'asc';
          return { ...col, href: `?${new URLSearchParams(Object.entries({ ...params, sort: col.key, dir, page: undefined }).filter((e): e is [string, string] => e[1] !== undefined)).toString()}`, ariaSort: current ? (q.dir === 'asc' ? 'ascending' : 'descending') : null };
        });
        const pageHref = (p: number) => `?${new URLSearchParams(Object.entries({ ...params, page: String(p) }).filter((e): e is [string, string] => e[1] !== undefined)).toString()}`;
        audit(deps, c, { action: 'view-drill', measureId: m.id, asAt, rows: shown.length, detail: { team: q.team, numerator: q.numerator, search: q.search !== null, page, total: rows.length } });
        const content = renderContent(deps.views, 'drill.njk', {
          m,
          asAt,
          q,
          teams: a.role === 'manager' ? a.teams : await deps.data.teams(asAt),
          rows: shown,
          bodyHtml: drillBodyHtml(shown, m, childHref),
          columns,
          total: rows.length,
          numeratorCount: numeratorCount(rows),
          page,
          pages,
          from: rows.length ? (page - 1) * PAGE_SIZE + 1 : 0,
          to: (page - 1) * PAGE_SIZE + shown.length,
          pagination: {
            previous: page > 1 ? { href: pageHref(page - 1) } : undefined,
            next: page < pages ? { href: pageHref(page + 1) } : undefined,
            items: paginationItems(page, pages).map((p) => (p === null ? { ellipsis: true } : { number: p, href: pageHref(p), current: p === page })),
          },
          exportQuery: qs({ ...params, sort: undefined, dir: undefined }),
          searching: q.search !== null,
          scopeNote: a.role === 'manager' ? `Only children of your team${a.teams.length > 1 ? 's' : ''} (${a.teams.join(', ')}) are listed.` : null,
          csrfToken: session.csrfToken,
        });
        return sendPage(c, deps.views, { title: `Children behind: ${m.title}`, nav: 'scorecard', source: sourceOf(point), wide: true, backLink: { href: `/measures/${encodeURIComponent(m.id)}${qs({ 'as-at': asAt, team: q.team })}`, text: `Back to ${m.title}` } }, content, authorityOf(deps));
      },
    },
    {
      method: 'POST',
      path: '/measures/:id/drill',
      access: 'child-level',
      childLevel: true,
      handler: async (c) => {
        childScope(c);
        const session = c.get('session');
        if (!session) throw new HTTPException(401, { message: 'Sign in to see this page.' });
        const m = measureOf(deps, param(c, 'id'));
        const form = await formOf(c);
        const search = (form.search ?? '').trim().slice(0, 100);
        const asAt = /^\d{4}-\d{2}-\d{2}$/.test(form['as-at'] ?? '') ? form['as-at'] : undefined;
        // The search may be a child's id: it goes into the address only sealed.
        return c.redirect(
          `/measures/${encodeURIComponent(m.id)}/drill${qs({ 'as-at': asAt, team: form.team || undefined, in: form.in === 'yes' || form.in === 'no' ? form.in : undefined, q: search ? sealHandle(session.handleKey, 'search', search) : undefined })}`,
          303,
        );
      },
    },
    exporter('csv'),
    exporter('xlsx'),
  ];
}

/** Page numbers to offer: the first, the last, and two either side of the current one. */
function paginationItems(page: number, pages: number): (number | null)[] {
  const out: (number | null)[] = [];
  for (let p = 1; p <= pages; p++) {
    if (p === 1 || p === pages || Math.abs(p - page) <= 2) out.push(p);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}
