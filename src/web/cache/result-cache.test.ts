import { describe, expect, it } from 'vitest';
import { ResultCache } from './result-cache.js';

describe('result cache', () => {
  it('computes once for concurrent requests of the same key', async () => {
    const cache = new ResultCache();
    let runs = 0;
    const compute = async () => {
      runs += 1;
      await new Promise((r) => setTimeout(r, 5));
      return runs;
    };
    const [a, b] = await Promise.all([cache.get('k', compute), cache.get('k', compute)]);
    expect([a, b, runs]).toEqual([1, 1, 1]);
  });

  it('forgets everything on invalidate, and does not keep a computation that straddled it', async () => {
    const cache = new ResultCache();
    let release: () => void = () => undefined;
    const slow = cache.get('k', () => new Promise<number>((r) => (release = () => r(1))));
    cache.invalidate();
    release();
    expect(await slow).toBe(1);
    expect(await cache.get('k', async () => 2)).toBe(2);
  });

  it('drops a failed computation so the next request tries again', async () => {
    const cache = new ResultCache();
    await expect(cache.get('k', async () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(await cache.get('k', async () => 3)).toBe(3);
  });

  it('keeps at most maxEntries, dropping the least recently used', async () => {
    const cache = new ResultCache(2);
    await cache.get('a', async () => 1);
    await cache.get('b', async () => 2);
    await cache.get('a', async () => 9);
    await cache.get('c', async () => 3);
    expect(await cache.get('a', async () => 10)).toBe(1);
    expect(await cache.get('b', async () => 20)).toBe(20);
  });
});
