import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Scope } from '../../measures/engine.js';
import { listByNumber } from '../../model/annex-a-lists.js';
import { type FindingFilter, type FindingRow, findingRows } from '../../scorecard/finding-rows.js';
import { SUPPRESSED_LABEL, suppressColumn } from '../../scorecard/suppression.js';
import type { Extract } from '../../store/extracts.js';
import { audit } from '../audit/audit.js';
import type { WebDeps } from '../deps.js';
import type { WebEnv } from '../env.js';
import { childHandle } from '../handles/child-handle.js';
import type { Session } from '../session/session-store.js';
import { countText } from '../pages/figures.js';
import { rowAnchor } from '../pages/row-anchor.js';
import { renderContent, sendPage } from '../render.js';
import { accessOf, childScope, scopeKey } from '../team-scope/access.js';
import { authorityOf, intQuery, qs } from './common.js';
import type { RouteSpec } from './route.js';

const ROWS_PER_PAGE = 50;

/** The extract asked for (`?extract=N`), else the latest Annex A extract (else the latest of any source). */
async function extractOf(deps: WebDeps, c: Context<WebEnv>): Promise<{ extract: Extract; all: Extract[] }> {
  const all = await deps.data.extracts();
  if (all.length === 0) throw new HTTPException(404, { message: 'No extract is loaded yet.' });
  const asked = Number(c.req.query('extract'));
  const annexA = all.filter((e) => e.source === 'annex-a');
  const extract = Number.isInteger(asked) && asked > 0 ? all.find((e) => e.extractId === asked) : (annexA[annexA.length - 1] ?? all[all.length - 1]);
  if (!extract) throw new HTTPException(404, { message: `There is no extract ${asked}.` });
  return { extract, all };
}

function filterOf(c: Context<WebEnv>): FindingFilter {
  const list = Number(c.req.query('list'));
  const sev = c.req.query('severity');
  return {
    rule: c.req.query('rule')?.slice(0, 100) || undefined,
    list: Number.isInteger(list) && list > 0 ? list : undefined,
    team: c.req.query('team')?.slice(0, 200) || undefined,
    severity: sev === 'error' || sev === 'warning' || sev === 'info' ? sev : undefined,
  };
}

/** Counts as a column with its total: withheld where small (and where they would reveal one) for viewers. */
function countColumn(counts: number[], suppressed: boolean): string[] {
  const hidden = suppressed ? suppressColumn(counts) : counts.map(() => false);
  return counts.map((n, i) => (hidden[i] ? SUPPRESSED_LABEL : countText(n)));
}

function sum<T>(xs: readonly T[], key: (x: T) => string, n: (x: T) => number): [string, number][] {
  const m = new Map<string, number>();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + n(x));
  return [...m.entries()];
}

function findingRowView(session: Session, asAt: string, f: FindingRow, extractId: number) {
  return {
    ...f,
    href: f.childId ? `/children/${childHandle(session, f.childId)}${qs({ 'as-at': asAt })}#${rowAnchor(extractId, f.sheet, f.rowNumber)}` : null,
  };
}

/**
 * Data quality: an extract's findings by rule, list and team (counts, for every role; small
 * counts withheld for viewers), with examples and a link to each affected row for those who
 * may see children, under their scope.
 */
export function qualityRoutes(deps: WebDeps): RouteSpec[] {
  return [
    {
      method: 'GET',
      path: '/quality',
      access: 'signed-in',
      childLevel: true,
      handler: async (c) => {
        const a = accessOf(c);
        const { extract, all } = await extractOf(deps, c);
        const { report, counts } = await deps.data.quality(extract.extractId);
        const byRule = report.byRule;
        const byList = sum(counts, (x) => (x.list === null ? 'Not a list (the file or a sheet)' : `List ${x.list}: ${x.listTitle ?? ''}`), (x) => x.count).sort();
        const byTeam = sum(counts, (x) => x.team ?? '(no team on the row)', (x) => x.count).sort();
        const session = c.get('session');
        let examples: Map<string, ReturnType<typeof findingRowView>[]> | null = null;
        if (a.childScope && session) {
          const scope: Scope = a.childScope;
          const found = await deps.data.cache.get(`quality-examples|${extract.extractId}|${scopeKey(scope)}`, async () => {
            const out = new Map<string, FindingRow[]>();
            for (const r of byRule) out.set(r.rule, (await findingRows(deps.data.db, extract.extractId, scope, { rule: r.rule }, { limit: 3, offset: 0 })).rows);
            return out;
          });
          examples = new Map([...found.entries()].map(([k, rows]) => [k, rows.map((f) => findingRowView(session, extract.asAt, f, extract.extractId))]));
          const shown = [...found.values()].reduce((n, rows) => n + rows.filter((r) => r.childId).length, 0);
          if (shown) audit(deps, c, { action: 'view-finding-rows', asAt: extract.asAt, rows: shown, detail: { extractId: extract.extractId, examples: true } });
        }
        const ruleCounts = countColumn(byRule.map((r) => r.count), a.suppressed);
        const listCounts = countColumn(byList.map((r) => r[1]), a.suppressed);
        const teamCounts = countColumn(byTeam.map((r) => r[1]), a.suppressed);
        const content = renderContent(deps.views, 'quality.njk', {
          extract,
          extracts: [...all].reverse(),
          totals: report.totals,
          suppressed: a.suppressed,
          childLevel: a.childScope !== null,
          byRule: byRule.map((r, i) => ({ ...r, countText: ruleCounts[i], examples: examples?.get(r.rule) ?? [], rowsHref: `/quality/rows${qs({ extract: extract.extractId, rule: r.rule })}` })),
          byList: byList.map(([name], i) => ({ name, countText: listCounts[i] })),
          byTeam: byTeam.map(([name], i) => ({ name, countText: teamCounts[i] })),
          scopeNote: a.role === 'manager' ? `Examples are shown only for children of your team${a.teams.length > 1 ? 's' : ''}.` : null,
        });
        const source = { asAt: extract.asAt, extractId: extract.extractId, fileName: extract.fileName, extractAsAt: extract.asAt, loadedAt: extract.loadedAt };
        return sendPage(c, deps.views, { title: 'Data quality', nav: 'quality', source, wide: true }, content, authorityOf(deps));
      },
    },
    {
      method: 'GET',
      path: '/quality/rows',
      access: 'child-level',
      childLevel: true,
      handler: async (c) => {
        const scope = childScope(c);
        const a = accessOf(c);
        const session = c.get('session');
        if (!session) throw new HTTPException(401, { message: 'Sign in to see this page.' });
        const { extract } = await extractOf(deps, c);
        const filter = filterOf(c);
        const page = intQuery(c, 'page', 1, 1, 100_000);
        const { rows, total } = await findingRows(deps.data.db, extract.extractId, scope, filter, { limit: ROWS_PER_PAGE, offset: (page - 1) * ROWS_PER_PAGE });
        const pages = Math.max(1, Math.ceil(total / ROWS_PER_PAGE));
        audit(deps, c, { action: 'view-finding-rows', asAt: extract.asAt, rows: rows.length, detail: { extractId: extract.extractId, ...filter, page } });
        const base = { extract: extract.extractId, rule: filter.rule, list: filter.list, team: filter.team, severity: filter.severity };
        const content = renderContent(deps.views, 'quality-rows.njk', {
          extract,
          filter,
          listTitle: filter.list ? safeTitle(filter.list) : null,
          rows: rows.map((f) => findingRowView(session, extract.asAt, f, extract.extractId)),
          total,
          page,
          pages,
          pagination: {
            previous: page > 1 ? { href: `/quality/rows${qs({ ...base, page: page - 1 })}` } : undefined,
            next: page < pages ? { href: `/quality/rows${qs({ ...base, page: page + 1 })}` } : undefined,
          },
          scopeNote: a.role === 'manager' ? `Only findings about children of your team${a.teams.length > 1 ? 's' : ''}, and about the file itself, are listed.` : null,
        });
        const source = { asAt: extract.asAt, extractId: extract.extractId, fileName: extract.fileName, extractAsAt: extract.asAt, loadedAt: extract.loadedAt };
        return sendPage(c, deps.views, { title: 'Data-quality findings', nav: 'quality', source, wide: true, backLink: { href: `/quality${qs({ extract: extract.extractId })}`, text: 'Back to data quality' } }, content, authorityOf(deps));
      },
    },
  ];
}

function safeTitle(n: number): string | null {
  try {
    return listByNumber(n).title;
  } catch {
    return null;
  }
}
