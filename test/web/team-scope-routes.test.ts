import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebUser } from '../../src/web/auth/user-store.js';
import { sealHandle } from '../../src/web/handles/handles.js';
import { allRoutes } from '../../src/web/routes/index.js';
import type { RouteSpec } from '../../src/web/routes/route.js';
import { staticFiles } from '../../src/web/static-files.js';
import { CHILDREN, TEAM_B, type WebFixture, namesAny, webFixture } from './helpers/web-fixture.js';

/*
 * Every route of the route table, with every parameter value and query an attacker might try,
 * requested by a manager of Team A and by a viewer: no response (page, export, API, redirect
 * target) may name a child the user may not see. The table is read from the code, so a route
 * added later is tested here without a change (a new path parameter fails the test until it
 * is given values to try).
 */

const ALL_CHILDREN = [...CHILDREN.teamA, ...CHILDREN.teamB, ...CHILDREN.noTeam];
const OUT_OF_SCOPE_FOR_A = [...CHILDREN.teamB, ...CHILDREN.noTeam];

const QUERIES = [
  '',
  `?team=${encodeURIComponent(TEAM_B)}`,
  '?team=team%20b&in=yes',
  '?team=Team%20B&in=no&sort=child_id&dir=desc',
  '?as-at=2024-03-31',
  `?as-at=2024-03-31&team=${encodeURIComponent(TEAM_B)}`,
  '?extract=1',
  `?extract=2&team=${encodeURIComponent(TEAM_B)}`,
  '?by=worker',
  '?rule=missing-child-id&list=1',
];

interface Attempt {
  readonly label: string;
  readonly run: () => Promise<string>;
}

/** The text of a response: pages and CSV as they are, a workbook as the text of every cell. */
async function textOf(r: Response): Promise<string> {
  const type = r.headers.get('content-type') ?? '';
  if (type.includes('spreadsheetml')) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await r.arrayBuffer());
    const cells: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.value)))));
    return cells.join('\n');
  }
  return r.text();
}

describe('team scope on every route', () => {
  let f: WebFixture;
  let routes: RouteSpec[];
  let analystKey: Buffer;

  beforeAll(async () => {
    f = await webFixture();
    routes = allRoutes(f.deps);
    analystKey = (await f.cookieFor(f.users.analyst)).handleKey;
  });
  afterAll(async () => f?.close());

  /** Every request to try on a route as a user: each parameter value × each query (× a form for POSTs). */
  function attempts(user: WebUser, r: RouteSpec): Attempt[] {
    const names = [...r.path.matchAll(/:([a-z]+)/g)].map((m) => m[1] as string);
    const valuesFor = (name: string, key: Buffer): string[] => {
      switch (name) {
        case 'id':
          return ['cin_open', 'cp_open', 'cp_visited_10wd', 'referrals_month', 'contacts_month'];
        case 'handle':
          // A handle this session made itself for children it may not see, and a handle of
          // another user's session for a child it may see: neither may open.
          return [...OUT_OF_SCOPE_FOR_A.map((id) => sealHandle(key, 'child', id)), sealHandle(analystKey, 'child', 'ALPHA-001'), 'not-a-handle'];
        case 'token':
          return ['no-such-upload'];
        case 'username':
          return ['manager-b'];
        default:
          throw new Error(`route ${r.path} has a parameter :${name}: give the test values to try for it`);
      }
    };
    const out: Attempt[] = [];
    const combos = (key: Buffer): string[] => {
      let paths = [r.path];
      for (const n of names) paths = paths.flatMap((p) => valuesFor(n, key).map((v) => p.replace(`:${n}`, encodeURIComponent(v))));
      return paths;
    };
    for (const query of QUERIES) {
      for (let i = 0; i < Math.max(1, combos(Buffer.alloc(32)).length); i++) {
        out.push({
          label: `${r.method} ${r.path} #${i}${query}`,
          run: async () => {
            const { cookie, csrf, handleKey } = await f.cookieFor(user);
            const path = (combos(handleKey)[i] as string) + query;
            const init: RequestInit = { method: r.method, headers: { cookie } };
            if (r.method === 'POST') {
              init.headers = { cookie, 'content-type': 'application/x-www-form-urlencoded' };
              init.body = new URLSearchParams({ _csrf: csrf, search: 'BRAVO', team: TEAM_B, in: 'yes', 'as-at': '2024-04-30', role: 'analyst', username: 'x', teams: TEAM_B }).toString();
            }
            const res = await f.app.request(path, init);
            let text = `${res.status} ${res.headers.get('location') ?? ''}\n${await textOf(res)}`;
            const location = res.headers.get('location');
            if (res.status >= 300 && res.status < 400 && location?.startsWith('/')) {
              // Follow where the route sends the browser (a search lands on the list).
              const next = await f.app.request(location, { headers: { cookie } });
              text += `\n${await textOf(next)}`;
            }
            return text;
          },
        });
      }
    }
    return out;
  }

  it('registers every route of the table, and nothing else answers but static files', () => {
    const registered = new Set(f.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`));
    for (const r of routes) expect(registered, `${r.method} ${r.path}`).toContain(`${r.method} ${r.path}`);
    const declared = new Set(routes.map((r) => `${r.method} ${r.path}`));
    const statics = new Set([...staticFiles().keys()].map((p) => `GET ${p}`));
    for (const r of registered) if (!statics.has(r)) expect(declared, r).toContain(r);
  });

  it('refuses every route but sign-in to someone not signed in', async () => {
    for (const r of routes.filter((x) => x.access !== 'public')) {
      const path = r.path.replace(/:([a-z]+)/g, 'x');
      const res = await f.app.request(path, { method: r.method });
      expect([303, 401, 403], `${r.method} ${path}`).toContain(res.status);
      if (res.status === 303) expect(res.headers.get('location')).toMatch(/^\/sign-in\?next=/);
      expect(namesAny(await res.text(), ALL_CHILDREN)).toEqual([]);
    }
  });

  it('shows a manager of Team A the children of Team A (the test can see a leak when there is one)', async () => {
    const { cookie } = await f.cookieFor(f.users.managerA);
    const body = await (await f.app.request('/measures/cin_open/drill', { headers: { cookie } })).text();
    expect(namesAny(body, CHILDREN.teamA).length).toBe(7);
    const { cookie: analyst } = await f.cookieFor(f.users.analyst);
    const all = await (await f.app.request('/measures/contacts_month/drill', { headers: { cookie: analyst } })).text();
    expect(namesAny(all, ['BRAVO-001', 'NOTEAM-001'])).toEqual(['BRAVO-001', 'NOTEAM-001']);
  });

  it("never shows a manager of Team A a child outside Team A, by any route, parameter or query", async () => {
    let tried = 0;
    for (const r of routes) {
      for (const a of attempts(f.users.managerA, r)) {
        expect(namesAny(await a.run(), OUT_OF_SCOPE_FOR_A), a.label).toEqual([]);
        tried += 1;
      }
    }
    expect(tried).toBeGreaterThan(500);
  }, 300_000);

  it('never shows a viewer any child, by any route, parameter or query', async () => {
    for (const r of routes) {
      for (const a of attempts(f.users.viewer, r)) expect(namesAny(await a.run(), ALL_CHILDREN), a.label).toEqual([]);
    }
  }, 300_000);

  it('refuses every child-level route to a viewer outright (403), before any query runs', async () => {
    for (const r of routes.filter((x) => x.access === 'child-level')) {
      const { cookie, csrf } = await f.cookieFor(f.users.viewer);
      const path = r.path.replace(':id', 'cin_open').replace(':handle', 'x');
      const init: RequestInit = r.method === 'POST' ? { method: 'POST', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: `_csrf=${csrf}` } : { headers: { cookie } };
      expect((await f.app.request(path, init)).status, `${r.method} ${path}`).toBe(403);
    }
  });
});
