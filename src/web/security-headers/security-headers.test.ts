import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { WebEnv } from '../env.js';
import { securityHeaders } from './security-headers.js';

function app(hsts = false) {
  const a = new Hono<WebEnv>();
  a.use('*', securityHeaders({ hsts }));
  a.get('/page', (c) => c.html(`<script nonce="${c.get('nonce')}"></script>`));
  a.get('/static.css', (c) => {
    c.header('Cache-Control', 'public, max-age=86400');
    return c.text('x');
  });
  return a;
}

describe('security headers', () => {
  it('sends a strict content security policy with a new nonce on every response', async () => {
    const one = await app().request('/page');
    const two = await app().request('/page');
    const csp = one.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    expect(await one.text()).toContain(`nonce="${nonce}"`);
    expect(two.headers.get('content-security-policy')).not.toBe(csp);
  });

  it('forbids framing, sniffing and referrers, and caching of pages', async () => {
    const h = (await app().request('/page')).headers;
    expect(h.get('x-frame-options')).toBe('DENY');
    expect(h.get('x-content-type-options')).toBe('nosniff');
    expect(h.get('referrer-policy')).toBe('no-referrer');
    expect(h.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(h.get('cache-control')).toBe('no-store');
    expect(h.get('strict-transport-security')).toBeNull();
  });

  it("keeps a static file's own caching, and sends HSTS when served over HTTPS", async () => {
    expect((await app().request('/static.css')).headers.get('cache-control')).toBe('public, max-age=86400');
    expect((await app(true).request('/page')).headers.get('strict-transport-security')).toContain('max-age=');
  });
});
