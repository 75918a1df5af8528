import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/web/session/session-store.js';
import { PASSWORD, type WebFixture, webFixture } from './helpers/web-fixture.js';

/** The session cookie set by a response (name=value), and its attributes. */
function sessionCookie(res: Response): { pair: string; attributes: string } | null {
  const raw = res.headers.getSetCookie().find((c) => c.startsWith('__Host-csc-session='));
  if (!raw) return null;
  const [pair, ...rest] = raw.split(';');
  return { pair: pair as string, attributes: rest.join(';') };
}

async function signInForm(f: WebFixture): Promise<{ cookie: string; csrf: string }> {
  const res = await f.app.request('/sign-in');
  const c = sessionCookie(res);
  const csrf = (await res.text()).match(/name="_csrf" value="([^"]+)"/)?.[1];
  if (!c || !csrf) throw new Error('no session or CSRF token on the sign-in form');
  return { cookie: c.pair, csrf };
}

async function postSignIn(f: WebFixture, username: string, password: string, from?: { cookie: string; csrf: string }): Promise<Response> {
  const { cookie, csrf } = from ?? (await signInForm(f));
  return f.app.request('/sign-in', {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
    body: new URLSearchParams({ _csrf: csrf, username, password, next: '/measures/cin_open' }).toString(),
  });
}

describe('signing in, sessions and the rate limit', () => {
  let f: WebFixture;
  let now = Date.parse('2026-11-22T09:00:00Z');
  beforeAll(async () => {
    f = await webFixture({ deps: { now: () => now } });
  });
  afterAll(async () => f?.close());

  it('sets the session cookie Secure, HttpOnly, SameSite=Lax, host-only, for the whole site', async () => {
    const res = await f.app.request('/sign-in');
    const c = sessionCookie(res);
    expect(c).not.toBeNull();
    const attrs = (c?.attributes ?? '').toLowerCase();
    expect(attrs).toContain('secure');
    expect(attrs).toContain('httponly');
    expect(attrs).toContain('samesite=lax');
    expect(attrs).toContain('path=/');
    expect(attrs).not.toContain('domain=');
  });

  it('signs in with the right password, with a new session token, and goes where the user was going', async () => {
    const form = await signInForm(f);
    const res = await postSignIn(f, 'Manager-A', PASSWORD, form);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/measures/cin_open');
    const c = sessionCookie(res);
    expect(c?.pair).toBeDefined();
    // A token planted before signing in is worth nothing after it.
    expect(c?.pair).not.toBe(form.cookie);
    const page = await f.app.request('/scorecard', { headers: { cookie: c?.pair ?? '' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('manager-a');
    const before = await f.app.request('/scorecard', { headers: { cookie: form.cookie } });
    expect(before.status).toBe(303);
  });

  it('keeps only a hash of the session token in the store', async () => {
    const res = await postSignIn(f, 'analyst', PASSWORD);
    const token = sessionCookie(res)?.pair.split('=')[1] ?? '';
    const rows = await f.store.db.all<{ token_hash: string }>('SELECT token_hash FROM web_sessions');
    expect(rows.map((r) => r.token_hash)).toContain(hashToken(token));
    expect(rows.map((r) => r.token_hash)).not.toContain(token);
  });

  it('says the same thing for a wrong password and an unknown user', async () => {
    const a = await (await postSignIn(f, 'viewer', 'wrong password here')).text();
    const b = await (await postSignIn(f, 'nobody-at-all', 'wrong password here')).text();
    const message = (html: string) => html.match(/govuk-error-summary__list[\s\S]*?<a[^>]*>([^<]*)</)?.[1]?.trim();
    expect(message(a)).toBe('The user name or password is not right');
    expect(message(b)).toBe(message(a));
  });

  it('refuses a user name after 5 failed attempts, even with the right password, until the window passes', async () => {
    for (let i = 0; i < 5; i++) expect((await postSignIn(f, 'admin', `wrong password ${i}!`)).status).toBe(400);
    const locked = await postSignIn(f, 'admin', PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another user from the same place is not locked out by it.
    expect((await postSignIn(f, 'analyst', PASSWORD)).status).toBe(303);
    now += 16 * 60_000;
    expect((await postSignIn(f, 'admin', PASSWORD)).status).toBe(303);
  });

  it('signs out: the session ends and its cookie no longer works', async () => {
    const { cookie, csrf } = await f.cookieFor(f.users.viewer);
    const out = await f.app.request('/sign-out', { method: 'POST', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: `_csrf=${csrf}` });
    expect(out.status).toBe(303);
    expect((await f.app.request('/scorecard', { headers: { cookie } })).status).toBe(303);
  });

  it('ends a session left idle longer than the configured time', async () => {
    const { cookie } = await f.cookieFor(f.users.viewer);
    expect((await f.app.request('/scorecard', { headers: { cookie } })).status).toBe(200);
    now += 31 * 60_000;
    expect((await f.app.request('/scorecard', { headers: { cookie } })).status).toBe(303);
  });

  it('ends every session of a user whose role an admin changes', async () => {
    const manager = await f.cookieFor(f.users.managerB);
    const admin = await f.cookieFor(f.users.admin);
    const res = await f.app.request('/admin/users/manager-b', {
      method: 'POST',
      headers: { cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: admin.csrf, role: 'viewer', name: 'Manager B' }).toString(),
    });
    expect(res.status).toBe(303);
    expect((await f.app.request('/scorecard', { headers: { cookie: manager.cookie } })).status).toBe(303);
  });

  it('never sends the browser to another site after signing in', async () => {
    const form = await signInForm(f);
    const res = await f.app.request('/sign-in', {
      method: 'POST',
      headers: { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: form.csrf, username: 'analyst', password: PASSWORD, next: '//evil.example/x' }).toString(),
    });
    expect(res.headers.get('location')).toBe('/scorecard');
  });
});
