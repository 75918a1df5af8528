import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import type { WebEnv } from '../env.js';
import type { Session } from '../session/session-store.js';
import { csrf } from './csrf.js';

const session = { csrfToken: 'the-token-of-this-session' } as Session;

function app(withSession = true) {
  const a = new Hono<WebEnv>();
  a.use('*', async (c, next) => {
    c.set('session', withSession ? session : null);
    await next();
  });
  a.use('*', csrf());
  a.get('/form', (c) => c.text('form'));
  a.post('/form', (c) => c.text('done'));
  a.onError((e, c) => c.text(e.message, e instanceof HTTPException ? e.status : 500));
  return a;
}

const form = (body: string, headers: Record<string, string> = {}) => ({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body });

describe('csrf middleware', () => {
  it('lets reads through without a token', async () => {
    expect((await app().request('/form')).status).toBe(200);
  });

  it("accepts a form with the session's token, in the field or the header", async () => {
    expect((await app().request('/form', form('_csrf=the-token-of-this-session'))).status).toBe(200);
    expect((await app().request('/form', { method: 'POST', headers: { 'x-csrf-token': 'the-token-of-this-session' } })).status).toBe(200);
  });

  it('refuses a form without the token, with a wrong one, or with no session', async () => {
    expect((await app().request('/form', form('a=1'))).status).toBe(403);
    expect((await app().request('/form', form('_csrf=the-token-of-another-session'))).status).toBe(403);
    expect((await app(false).request('/form', form('_csrf=the-token-of-this-session'))).status).toBe(403);
  });

  it('refuses a request another site started, even with the token', async () => {
    expect((await app().request('/form', form('_csrf=the-token-of-this-session', { 'sec-fetch-site': 'cross-site' }))).status).toBe(403);
    expect((await app().request('/form', form('_csrf=the-token-of-this-session', { origin: 'https://evil.example' }))).status).toBe(403);
    expect((await app().request('/form', form('_csrf=the-token-of-this-session', { 'sec-fetch-site': 'same-origin', origin: 'http://localhost' }))).status).toBe(200);
  });

  it('reads the token from a multipart form (uploads)', async () => {
    const body = new FormData();
    body.set('_csrf', 'the-token-of-this-session');
    body.set('file', new Blob(['x']), 'a.xlsx');
    expect((await app().request('/form', { method: 'POST', body })).status).toBe(200);
  });
});
