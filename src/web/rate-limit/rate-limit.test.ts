import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { WebEnv } from '../env.js';
import { RateLimiter, rateLimit } from './rate-limit.js';

describe('rate limit', () => {
  it('allows max attempts in the window, then says how long to wait, then allows again', () => {
    let now = 0;
    const l = new RateLimiter({ max: 3, windowMs: 60_000, now: () => now });
    for (let i = 0; i < 3; i++) {
      expect(l.retryAfter('k')).toBe(0);
      l.hit('k');
      now += 1000;
    }
    expect(l.retryAfter('k')).toBe(57);
    expect(l.retryAfter('other')).toBe(0);
    now = 60_001;
    expect(l.retryAfter('k')).toBe(0);
  });

  it('forgets a key on reset (a successful sign-in)', () => {
    const l = new RateLimiter({ max: 1, windowMs: 60_000 });
    l.hit('k');
    expect(l.retryAfter('k')).toBeGreaterThan(0);
    l.reset('k');
    expect(l.retryAfter('k')).toBe(0);
  });

  it('answers 429 with Retry-After once the key has used its attempts', async () => {
    const app = new Hono<WebEnv>();
    app.use('*', rateLimit(new RateLimiter({ max: 2, windowMs: 60_000 }), (c) => c.req.header('x-client') ?? ''));
    app.get('/', (c) => c.text('ok'));
    const get = (client: string) => app.request('/', { headers: { 'x-client': client } });
    expect((await get('a')).status).toBe(200);
    expect((await get('a')).status).toBe(200);
    const third = await get('a');
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('60');
    expect((await get('b')).status).toBe(200);
  });
});
