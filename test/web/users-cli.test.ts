import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store.js';
import { verifyPassword } from '../../src/web/auth/passwords.js';
import { userForSignIn } from '../../src/web/auth/user-store.js';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('csc-scorecard users', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let db: string;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    db = join(dir, 'store.duckdb');
  });
  afterAll(async () => cleanup());

  it('adds a user with a generated password, printed once and stored only as an argon2id hash', async () => {
    const r = await cli('--db', db, 'users', 'add', 'Ann.Smith@council.example', '--role', 'manager', '--team', 'Team A', '--team', 'Team B', '--name', 'Ann Smith');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Added ann.smith@council.example (manager of Team A, Team B).');
    const password = r.out.match(/Password \(shown only now\): (\S+)/)?.[1] ?? '';
    expect(password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    const store = await openStore(db);
    try {
      const found = await userForSignIn(store.db, 'ann.smith@council.example');
      expect(found?.passwordHash).toMatch(/^\$argon2id\$/);
      expect(found?.passwordHash).not.toContain(password);
      expect(await verifyPassword(found?.passwordHash ?? '', password)).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('refuses a manager without teams, teams for other roles, an unknown role and a duplicate name', async () => {
    expect((await cli('--db', db, 'users', 'add', 'bob', '--role', 'manager')).err).toMatch(/a manager needs at least one team/);
    expect((await cli('--db', db, 'users', 'add', 'bob', '--role', 'viewer', '--team', 'Team A')).err).toMatch(/teams apply to managers only/);
    expect((await cli('--db', db, 'users', 'add', 'bob', '--role', 'superuser')).err).toMatch(/not a role/);
    const dup = await cli('--db', db, 'users', 'add', 'ANN.SMITH@council.example', '--role', 'viewer');
    expect(dup.code).toBe(1);
    expect(dup.err).toMatch(/already a user/);
  });

  it('lists, changes the role of, resets and removes users', async () => {
    expect((await cli('--db', db, 'users', 'add', 'carol', '--role', 'analyst')).code).toBe(0);
    expect((await cli('--db', db, 'users', 'list')).out).toMatch(/carol\tanalyst/);
    expect((await cli('--db', db, 'users', 'set-role', 'carol', 'manager', '--team', 'Team C')).out).toContain('carol is now manager of Team C.');
    const reset = await cli('--db', db, 'users', 'password', 'carol');
    expect(reset.out).toMatch(/Password \(shown only now\): \S+/);
    expect((await cli('--db', db, 'users', 'remove', 'carol')).out).toContain('Removed carol.');
    expect((await cli('--db', db, 'users', 'list', '--format', 'json')).out).not.toContain('carol');
    expect((await cli('--db', db, 'users', 'remove', 'carol')).code).toBe(1);
  });

  it('will not serve a store nobody can sign in to', async () => {
    const empty = join(dir, 'empty.duckdb');
    const r = await cli('--db', empty, 'serve', '--port', '0');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/users add admin --role admin/);
  });
});
