import { describe, expect, it } from 'vitest';
import type { WebUser } from '../auth/user-store.js';
import { accessFor, scopeKey } from './access.js';

const user = (role: WebUser['role'], teams: string[] = []): WebUser => ({ id: 1, username: 'u', displayName: 'U', role, teams, source: 'local', disabled: false, hasPassword: true, createdAt: '', updatedAt: '' });

describe('access by role', () => {
  it("gives a manager their own teams' children only, and aggregates for all", () => {
    const a = accessFor(user('manager', ['Team A', 'Team C']));
    expect(a.childScope).toEqual({ teams: ['Team A', 'Team C'] });
    expect(a.suppressed).toBe(false);
    expect(a.canUpload).toBe(false);
  });

  it('gives a viewer no child-level scope at all, and suppressed figures', () => {
    const a = accessFor(user('viewer'));
    expect(a.childScope).toBeNull();
    expect(a.suppressed).toBe(true);
  });

  it('gives analysts and admins every team; only admins manage users', () => {
    expect(accessFor(user('analyst')).childScope).toEqual({});
    expect(accessFor(user('analyst')).isAdmin).toBe(false);
    expect(accessFor(user('admin')).isAdmin).toBe(true);
    expect(accessFor(user('admin')).canComment).toBe(true);
  });

  it('keys caches by scope, ignoring case and order of teams', () => {
    expect(scopeKey({ teams: ['b', 'A'] })).toBe(scopeKey({ teams: ['a', 'B'] }));
    expect(scopeKey({})).not.toBe(scopeKey({ teams: [] }));
  });
});
