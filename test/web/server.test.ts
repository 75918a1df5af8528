import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config.js';
import { buildCatalogue } from '../../src/measures/catalogue/index.js';
import { type Store, openStore } from '../../src/store/store.js';
import { hashPassword } from '../../src/web/auth/passwords.js';
import { addUser } from '../../src/web/auth/user-store.js';
import { type RunningServer, startServer } from '../../src/web/server.js';
import { tempDir } from '../helpers/temp-dir.js';

/** The dashboard over real HTTP (the other tests call the app in-process). */
describe('csc-scorecard serve over HTTP', () => {
  let store: Store;
  let server: RunningServer;
  let cleanup: () => Promise<void>;
  const config = parseConfig('', 'test');
  const catalogue = buildCatalogue({ standards: config.standards });
  beforeAll(async () => {
    const t = await tempDir();
    cleanup = t.cleanup;
    store = await openStore(join(t.dir, 'store.duckdb'));
    await addUser(store.db, { username: 'ann', role: 'analyst', passwordHash: await hashPassword('a long enough password') });
    server = await startServer(store, config, catalogue, { port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
    await cleanup();
  });

  it('signs in through the form and serves pages, with the cookie flags and headers', async () => {
    const form = await fetch(`${server.url}/sign-in`);
    const anon = form.headers.getSetCookie()[0] ?? '';
    expect(anon).toMatch(/^__Host-csc-session=[^;]+; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
    const csrf = (await form.text()).match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '';
    const res = await fetch(`${server.url}/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: anon.split(';')[0] ?? '', 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
      body: new URLSearchParams({ _csrf: csrf, username: 'ann', password: 'a long enough password' }).toString(),
    });
    expect(res.status).toBe(303);
    const cookie = res.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    const page = await fetch(`${server.url}/extracts`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=UTF-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await page.text()).toContain('Nothing is loaded yet');
    // No extract: the scorecard says so plainly.
    const none = await fetch(`${server.url}/scorecard`, { headers: { cookie } });
    expect(none.status).toBe(404);
    expect(await none.text()).toContain('No Annex A extract is loaded yet');
    const css = await fetch(`${server.url}/static/govuk-frontend.min.css`);
    expect(css.headers.get('cache-control')).toBe('public, max-age=86400');
  });

  it('says plainly when its port is taken', async () => {
    const port = Number(new URL(server.url).port);
    await expect(startServer(store, config, catalogue, { port, host: '127.0.0.1' })).rejects.toThrow(/port \d+ on 127\.0\.0\.1 is in use/);
  });
});
