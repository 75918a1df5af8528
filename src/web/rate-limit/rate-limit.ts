import type { Context, MiddlewareHandler } from 'hono';
import type { WebEnv } from '../env.js';

export interface RateLimitOptions {
  /** Attempts allowed per key in the window. */
  readonly max: number;
  readonly windowMs: number;
  readonly now?: () => number;
}

/**
 * Counts attempts per key (a client address, a user name) in a sliding window. Memory only:
 * a restart forgets, which costs an attacker a restart they cannot cause. Keys whose attempts
 * have all aged out are dropped, so the table cannot grow without bound.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  private readonly now: () => number;

  constructor(private readonly options: RateLimitOptions) {
    this.now = options.now ?? (() => Date.now());
  }

  private recent(key: string): number[] {
    const cutoff = this.now() - this.options.windowMs;
    const list = (this.hits.get(key) ?? []).filter((t) => t > cutoff);
    if (list.length) this.hits.set(key, list);
    else this.hits.delete(key);
    return list;
  }

  /** Seconds until another attempt is allowed, or 0 when one is allowed now. */
  retryAfter(key: string): number {
    const list = this.recent(key);
    if (list.length < this.options.max) return 0;
    return Math.max(1, Math.ceil(((list[0] as number) + this.options.windowMs - this.now()) / 1000));
  }

  /** Records an attempt. */
  hit(key: string): void {
    const list = this.recent(key);
    list.push(this.now());
    this.hits.set(key, list);
    if (this.hits.size > 50_000) for (const k of [...this.hits.keys()].slice(0, 10_000)) this.recent(k);
  }

  reset(key: string): void {
    this.hits.delete(key);
  }
}

/**
 * Refuses a request with 429 and Retry-After once its key has used up the window's attempts;
 * otherwise counts it and goes on.
 */
export function rateLimit(limiter: RateLimiter, keyOf: (c: Context<WebEnv>) => string): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    const key = keyOf(c);
    const wait = limiter.retryAfter(key);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return c.text(`Too many attempts. Try again in ${Math.ceil(wait / 60)} minute(s).`, 429);
    }
    limiter.hit(key);
    await next();
  };
}
