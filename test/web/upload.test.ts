import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFixture } from '../helpers/annex-a-fixture.js';
import { type WebFixture, webFixture } from './helpers/web-fixture.js';

describe('upload: checked first, loaded only when confirmed', () => {
  let f: WebFixture;
  beforeAll(async () => {
    f = await webFixture();
  });
  afterAll(async () => f?.close());

  async function upload(who: 'analyst' | 'managerA', name: string, bytes: Uint8Array) {
    const { cookie, csrf } = await f.cookieFor(f.users[who]);
    const body = new FormData();
    body.set('_csrf', csrf);
    body.set('file', new Blob([bytes]), name);
    body.set('kind', '');
    const res = await f.app.request('/upload', { method: 'POST', headers: { cookie }, body });
    return { res, cookie, csrf, html: await res.text() };
  }
  const extracts = async () => (await f.store.db.all<{ n: number }>('SELECT count(*) AS n FROM extracts'))[0]?.n;

  it('shows the findings of a good file without loading it, then loads it on confirmation', async () => {
    const file = join(f.dir, 'annex-a-2024-05-31.xlsx');
    await writeFixture(file, { 6: [{ child_id: 'ALPHA-001', cin_start: '2023-11-01', team: 'Team A', worker: 'Ann Smith' }, { child_id: 'ALPHA-009', cin_start: '31/02/2024', team: 'Team A' }] });
    const { res, html, cookie, csrf } = await upload('analyst', 'annex-a-2024-05-31.xlsx', await readFile(file));
    expect(res.status).toBe(200);
    expect(html).toContain('Check annex-a-2024-05-31.xlsx before loading it');
    expect(html).toContain('31 May 2024');
    expect(html).toMatch(/unreadable|not a date|could not/i);
    expect(await extracts()).toBe(2);
    const token = html.match(/action="\/upload\/([^/]+)\/commit"/)?.[1];
    expect(token).toBeTruthy();
    const commit = await f.app.request(`/upload/${token}/commit`, { method: 'POST', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: `_csrf=${csrf}` });
    expect(commit.status).toBe(303);
    expect(await extracts()).toBe(3);
    const again = await f.app.request(`/upload/${token}/commit`, { method: 'POST', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: `_csrf=${csrf}` });
    expect(again.status).toBe(404);
  });

  it('refuses a file that cannot be loaded, saying why, and changes nothing', async () => {
    const before = await extracts();
    const { res, html } = await upload('analyst', 'annex-a-2024-06-30.xlsx', new TextEncoder().encode('not a workbook'));
    expect(res.status).toBe(400);
    expect(html).toContain('cannot be loaded');
    expect(await extracts()).toBe(before);
  });

  it('is for analysts and admins only', async () => {
    const { res } = await upload('managerA', 'annex-a-2024-07-31.xlsx', new Uint8Array([1]));
    expect(res.status).toBe(403);
  });
});
