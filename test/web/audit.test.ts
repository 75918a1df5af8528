import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/web/audit/audit-log.js';
import { sealHandle } from '../../src/web/handles/handles.js';
import { type WebFixture, webFixture } from './helpers/web-fixture.js';

describe('audit log of child-level data', () => {
  let f: WebFixture;
  beforeAll(async () => {
    f = await webFixture();
  });
  afterAll(async () => f?.close());

  it('records who viewed a list, a child and an export, when, and what', async () => {
    const { cookie, handleKey } = await f.cookieFor(f.users.managerA);
    const before = Date.now();
    expect((await f.app.request('/measures/cin_open/drill?team=Team%20A&in=yes', { headers: { cookie } })).status).toBe(200);
    expect((await f.app.request(`/children/${sealHandle(handleKey, 'child', 'ALPHA-003')}`, { headers: { cookie } })).status).toBe(200);
    expect((await f.app.request('/measures/cin_open/drill.csv', { headers: { cookie } })).status).toBe(200);
    expect((await f.app.request('/measures/cin_open/drill.xlsx', { headers: { cookie } })).status).toBe(200);
    expect((await f.app.request('/api/measures/cp_open/drill', { headers: { cookie } })).status).toBe(200);
    await f.deps.audit.flush();
    const { entries } = await listAudit(f.store.db, { username: 'manager-a' });
    const byAction = new Map(entries.map((e) => [e.action, e]));
    expect([...byAction.keys()].sort()).toEqual(['api-drill', 'export-csv', 'export-xlsx', 'view-child', 'view-drill']);
    const drill = byAction.get('view-drill');
    expect(drill).toMatchObject({ username: 'manager-a', role: 'manager', measureId: 'cin_open', asAt: '2024-04-30', rows: 7 });
    expect(drill?.detail).toMatchObject({ team: 'Team A', numerator: 'yes' });
    expect(byAction.get('view-child')).toMatchObject({ childId: 'ALPHA-003' });
    expect(byAction.get('export-csv')).toMatchObject({ measureId: 'cin_open', rows: 7 });
    for (const e of entries) expect(Date.parse(e.at)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('does not log a refused view as a view', async () => {
    const { cookie, handleKey } = await f.cookieFor(f.users.managerA);
    expect((await f.app.request(`/children/${sealHandle(handleKey, 'child', 'BRAVO-001')}`, { headers: { cookie } })).status).toBe(404);
    await f.deps.audit.flush();
    const { entries } = await listAudit(f.store.db, { childId: 'BRAVO-001' });
    expect(entries).toEqual([]);
  });

  it('shows the log to admins only', async () => {
    const admin = await f.cookieFor(f.users.admin);
    const page = await (await f.app.request('/admin/audit?action=view-child', { headers: { cookie: admin.cookie } })).text();
    expect(page).toContain('ALPHA-003');
    expect(page).toContain('manager-a');
    for (const who of [f.users.analyst, f.users.managerA, f.users.viewer]) {
      const { cookie } = await f.cookieFor(who);
      expect((await f.app.request('/admin/audit', { headers: { cookie } })).status).toBe(403);
    }
  });
});
