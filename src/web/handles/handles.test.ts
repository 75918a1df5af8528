import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openHandle, sealHandle } from './handles.js';

describe('opaque handles', () => {
  const key = randomBytes(32);

  it('opens what it sealed, and hides it', () => {
    const h = sealHandle(key, 'child', 'C000123');
    expect(h).not.toContain('C000123');
    expect(h).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(openHandle(key, 'child', h)).toBe('C000123');
  });

  it("gives one handle per value in a session, and a different one in another session", () => {
    expect(sealHandle(key, 'child', 'C1')).toBe(sealHandle(key, 'child', 'C1'));
    expect(sealHandle(randomBytes(32), 'child', 'C1')).not.toBe(sealHandle(key, 'child', 'C1'));
  });

  it("will not open another session's handle, an altered handle, or one of another kind", () => {
    const h = sealHandle(key, 'child', 'C1');
    expect(openHandle(randomBytes(32), 'child', h)).toBeNull();
    const altered = `${h.slice(0, 20)}${h[20] === 'A' ? 'B' : 'A'}${h.slice(21)}`;
    expect(openHandle(key, 'child', altered)).toBeNull();
    expect(openHandle(key, 'search', h)).toBeNull();
    expect(openHandle(key, 'child', 'not a handle!')).toBeNull();
  });
});
