import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type WebFixture, webFixture } from './helpers/web-fixture.js';

interface ApiMeasure {
  id: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  rag: string | null;
  trend: { value: number | null }[];
}

describe('what a viewer sees: suppressed aggregates', () => {
  let f: WebFixture;
  beforeAll(async () => {
    f = await webFixture();
  });
  afterAll(async () => f?.close());

  async function scorecard(who: 'viewer' | 'analyst'): Promise<Map<string, ApiMeasure>> {
    const { cookie } = await f.cookieFor(f.users[who]);
    const body = (await (await f.app.request('/api/scorecard', { headers: { cookie } })).json()) as { themes: { measures: ApiMeasure[] }[] } | { measures: ApiMeasure[] };
    const measures = 'measures' in body ? body.measures : body.themes.flatMap((t) => t.measures);
    return new Map(measures.map((m) => [m.id, m]));
  }

  it('withholds counts from 1 to 4 (and their trend points), keeps larger ones', async () => {
    const viewer = await scorecard('viewer');
    const analyst = await scorecard('analyst');
    expect(analyst.get('cp_open')?.value).toBe(2);
    expect(viewer.get('cp_open')).toMatchObject({ value: null, numerator: null });
    expect(viewer.get('cp_open')?.trend.every((t) => t.value === null)).toBe(true);
    expect(analyst.get('cin_open')?.value).toBe(10);
    expect(viewer.get('cin_open')?.value).toBe(10);
  });

  it('shows "<5" on the pages', async () => {
    const { cookie } = await f.cookieFor(f.users.viewer);
    const page = await (await f.app.request('/measures/cp_open', { headers: { cookie } })).text();
    expect(page).toContain('&lt;5');
  });

  it('suppresses the team breakdown so a withheld team cannot be worked out from the total', async () => {
    const { cookie } = await f.cookieFor(f.users.viewer);
    const body = (await (await f.app.request('/api/measures/cin_open/breakdown', { headers: { cookie } })).json()) as { rows: { group: string; value: number | null }[] };
    // Team A 7, Team B 3, total 10 shown: Team B is withheld, and so must Team A be, or 10 − 7 gives it away.
    expect(body.rows.map((r) => [r.group, r.value])).toEqual([
      ['Team A', null],
      ['Team B', null],
    ]);
    const { cookie: analyst } = await f.cookieFor(f.users.analyst);
    const full = (await (await f.app.request('/api/measures/cin_open/breakdown', { headers: { cookie: analyst } })).json()) as { rows: { value: number | null }[] };
    expect(full.rows.map((r) => r.value)).toEqual([7, 3]);
  });

  it('gives a viewer no breakdown by worker and no figures for a single team', async () => {
    const { cookie } = await f.cookieFor(f.users.viewer);
    expect((await f.app.request('/api/measures/cin_open/breakdown?by=worker', { headers: { cookie } })).status).toBe(403);
    expect((await f.app.request('/scorecard?team=Team%20B', { headers: { cookie } })).status).toBe(403);
    expect((await f.app.request('/api/scorecard?team=Team%20B', { headers: { cookie } })).status).toBe(403);
  });
});
