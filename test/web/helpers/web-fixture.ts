import { join } from 'node:path';
import type { Hono } from 'hono';
import { parseConfig, type Config } from '../../../src/config/config.js';
import { loadAnnexA } from '../../../src/jobs/load-annex-a.js';
import { buildCatalogue } from '../../../src/measures/catalogue/index.js';
import { type Store, openStore } from '../../../src/store/store.js';
import { createApp } from '../../../src/web/app.js';
import { hashPassword } from '../../../src/web/auth/passwords.js';
import { type WebUser, addUser } from '../../../src/web/auth/user-store.js';
import { type WebDeps, type WebDepsOptions, createDeps } from '../../../src/web/deps.js';
import type { WebEnv } from '../../../src/web/env.js';
import { SESSION_COOKIE } from '../../../src/web/session/session.js';
import { type FixtureLists, writeFixture } from '../../helpers/annex-a-fixture.js';
import { tempDir } from '../../helpers/temp-dir.js';

/**
 * A small authority with two teams whose children are easy to find in any response: Team A's
 * children are ALPHA-…, Team B's BRAVO-…; a child allocated in no team is NOTEAM-…. Two monthly
 * extracts, as at 31 March and 30 April 2024.
 */
export const TEAM_A = 'Team A';
export const TEAM_B = 'Team B';
export const PASSWORD = 'correct horse battery staple';

function lists(month: '03' | '04'): FixtureLists {
  const d = (day: string) => `2024-${month}-${day}`;
  const a = (i: number) => `ALPHA-${String(i).padStart(3, '0')}`;
  const b = (i: number) => `BRAVO-${String(i).padStart(3, '0')}`;
  return {
    1: [
      { child_id: 'NOTEAM-001', contact_date: d('05'), contact_source: '1A' },
      { child_id: a(1), contact_date: d('06'), contact_source: '1A' },
      { child_id: b(1), contact_date: d('07'), contact_source: '1A' },
    ],
    3: [
      { child_id: a(1), referral_date: d('06'), referral_source: '1A', referral_nfa: 'No', referrals_last_12m: 0, team: TEAM_A, worker: 'Ann Smith' },
      { child_id: b(1), referral_date: d('07'), referral_source: '1A', referral_nfa: 'No', referrals_last_12m: 1, team: TEAM_B, worker: 'Bob Jones' },
      { child_id: b(2), referral_date: d('08'), referral_source: '2A', referral_nfa: 'Yes', referrals_last_12m: 0, team: TEAM_B, worker: 'Bob Jones' },
    ],
    6: [
      ...[1, 2, 3, 4, 5, 6, 7].map((i) => ({ child_id: a(i), cin_start: '2023-11-01', last_seen: d('01'), case_status: 'Open', team: TEAM_A, worker: i % 2 ? 'Ann Smith' : 'Alan Ward' })),
      ...[1, 2, 3].map((i) => ({ child_id: b(i), cin_start: '2023-12-01', last_seen: d('02'), case_status: 'Open', team: TEAM_B, worker: 'Bob Jones' })),
    ],
    7: [
      { child_id: a(2), cp_start: '2024-01-10', last_visit: d('20'), previous_cp_plans: 0, initial_category: 'Neglect', team: TEAM_A, worker: 'Alan Ward' },
      { child_id: b(3), cp_start: '2024-02-10', last_visit: '2024-01-15', previous_cp_plans: 1, initial_category: 'Neglect', team: TEAM_B, worker: 'Bob Jones' },
    ],
  };
}

export interface WebFixture {
  readonly store: Store;
  readonly dir: string;
  readonly deps: WebDeps;
  readonly app: Hono<WebEnv>;
  readonly config: Config;
  readonly users: Record<'admin' | 'analyst' | 'managerA' | 'managerB' | 'viewer', WebUser>;
  /** A signed-in session's cookie header for a user (made directly, without the sign-in form). */
  cookieFor(user: WebUser): Promise<{ cookie: string; csrf: string; handleKey: Buffer }>;
  close(): Promise<void>;
}

export async function webFixture(options: { config?: string; deps?: WebDepsOptions } = {}): Promise<WebFixture> {
  const { dir, cleanup } = await tempDir('csc-web-');
  const config = parseConfig(options.config ?? 'authority: Testshire\n', 'test');
  const store = await openStore(join(dir, 'store.duckdb'));
  for (const month of ['03', '04'] as const) {
    const file = join(dir, `annex-a-2024-${month}.xlsx`);
    await writeFixture(file, lists(month));
    await loadAnnexA(store.db, { file, asAt: month === '03' ? '2024-03-31' : '2024-04-30', loadedBy: 'test' });
  }
  const hash = await hashPassword(PASSWORD);
  const add = (username: string, role: string, teams: string[] = []) => addUser(store.db, { username, role, teams, passwordHash: hash });
  const users = {
    admin: await add('admin', 'admin'),
    analyst: await add('analyst', 'analyst'),
    managerA: await add('manager-a', 'manager', [TEAM_A]),
    managerB: await add('manager-b', 'manager', [TEAM_B]),
    viewer: await add('viewer', 'viewer'),
  };
  const catalogue = buildCatalogue({ standards: config.standards });
  const { deps, close } = await createDeps(store, config, catalogue, options.deps ?? {});
  const app = createApp(deps);
  return {
    store,
    dir,
    deps,
    app,
    config,
    users,
    async cookieFor(user) {
      const s = await deps.sessions.signIn(null, user.id);
      return { cookie: `__Host-${SESSION_COOKIE}=${s.token}`, csrf: s.csrfToken, handleKey: s.handleKey };
    },
    async close() {
      await close();
      await store.close();
      await cleanup();
    },
  };
}

/** Child ids of the fixture, by team. */
export const CHILDREN = {
  teamA: ['ALPHA-001', 'ALPHA-002', 'ALPHA-003', 'ALPHA-004', 'ALPHA-005', 'ALPHA-006', 'ALPHA-007'],
  teamB: ['BRAVO-001', 'BRAVO-002', 'BRAVO-003'],
  noTeam: ['NOTEAM-001'],
};

/** Does a response body name any of these children? */
export function namesAny(body: string, ids: readonly string[]): string[] {
  return ids.filter((id) => body.includes(id));
}
