import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggable } from '../../src/web/app.js';
import { type WebFixture, webFixture } from './helpers/web-fixture.js';

describe('CSRF and security headers on the dashboard itself', () => {
  let f: WebFixture;
  beforeAll(async () => {
    f = await webFixture();
  });
  afterAll(async () => f?.close());

  it('refuses every form posted without the session token, or from another site', async () => {
    const { cookie, csrf } = await f.cookieFor(f.users.admin);
    const posts: [string, Record<string, string>][] = [
      ['/measures/cin_open/commentary', { month: '2024-04', areaOfFocus: 'x' }],
      ['/measures/cin_open/drill', { search: 'x' }],
      ['/admin/users', { username: 'mallory', role: 'admin' }],
      ['/sign-out', {}],
      ['/status/run', {}],
    ];
    for (const [path, fields] of posts) {
      const post = (extra: Record<string, string>, headers: Record<string, string> = {}) =>
        f.app.request(path, { method: 'POST', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams({ ...fields, ...extra }).toString() });
      expect((await post({})).status, path).toBe(403);
      expect((await post({ _csrf: 'guessed' })).status, path).toBe(403);
      expect((await post({ _csrf: csrf }, { 'sec-fetch-site': 'cross-site' })).status, path).toBe(403);
    }
    const users = await f.store.db.all<{ n: number }>("SELECT count(*) AS n FROM web_users WHERE username = 'mallory'");
    expect(users[0]?.n).toBe(0);
  });

  it('sends the security headers on pages, errors and redirects', async () => {
    const { cookie } = await f.cookieFor(f.users.analyst);
    for (const [path, headers] of [['/scorecard', { cookie }], ['/no-such-page', { cookie }], ['/scorecard', {}]] as const) {
      const res = await f.app.request(path, { headers });
      expect(res.headers.get('content-security-policy'), path).toMatch(/default-src 'none'/);
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(res.headers.get('cache-control'), path).toBe('no-store');
    }
  });

  it('puts the CSP nonce on the one inline script and loads everything else from the site', async () => {
    const { cookie } = await f.cookieFor(f.users.analyst);
    const res = await f.app.request('/scorecard', { headers: { cookie } });
    const nonce = res.headers.get('content-security-policy')?.match(/'nonce-([^']+)'/)?.[1];
    const html = await res.text();
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1] ?? '');
    for (const s of scripts) expect(s.includes(`nonce="${nonce}"`) || /src="\/static\//.test(s), s).toBe(true);
    expect(html).not.toMatch(/style="/);
    expect(html).not.toMatch(/(href|src)="https?:/);
  });

  it('refuses a form larger than 1 MB before reading it', async () => {
    const { cookie, csrf } = await f.cookieFor(f.users.analyst);
    const res = await f.app.request('/measures/cin_open/drill', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: `_csrf=${csrf}&search=${'x'.repeat(1_100_000)}`,
    });
    expect(res.status).toBe(413);
  });

  it('writes no quoted value (which could be a child id) to the server log', () => {
    expect(loggable(new Error("Conversion Error: could not convert 'ALPHA-001' to INT32\nLINE 1: SELECT"))).toBe('Error: Conversion Error: could not convert … to INT32');
  });
});
