import type { Database } from '../../store/database.js';
import { generatePassword, hashPassword } from './passwords.js';
import { addUser, removeUser, userForSignIn } from './user-store.js';

export interface DemoSignIn {
  readonly username: string;
  readonly role: string;
  readonly teams: string[];
  readonly password: string;
}

/** The team with the most children on child protection plans in the latest extract (the demo manager's). */
async function busiestTeam(db: Database): Promise<string | null> {
  const rows = await db.all<{ team: string }>(
    `SELECT team FROM annex_a_cp WHERE team IS NOT NULL AND extract_id = (SELECT max(extract_id) FROM extracts WHERE source = 'annex-a')
     GROUP BY team ORDER BY count(*) DESC, team LIMIT 1`,
  );
  return rows[0]?.team ?? null;
}

/**
 * One account for each role, for trying the dashboard on synthetic data: new random passwords
 * on every run (printed by the demo), so a demo left running somewhere is not open to anyone
 * who has read the README.
 */
export async function addDemoUsers(db: Database): Promise<DemoSignIn[]> {
  const team = (await busiestTeam(db)) ?? 'Child Protection Team 1';
  const wanted: { username: string; role: string; teams: string[]; name: string }[] = [
    { username: 'demo-admin', role: 'admin', teams: [], name: 'Demo administrator' },
    { username: 'demo-analyst', role: 'analyst', teams: [], name: 'Demo performance analyst' },
    { username: 'demo-manager', role: 'manager', teams: [team], name: `Demo team manager, ${team}` },
    { username: 'demo-viewer', role: 'viewer', teams: [], name: 'Demo councillor' },
  ];
  const out: DemoSignIn[] = [];
  for (const w of wanted) {
    if (await userForSignIn(db, w.username)) await removeUser(db, w.username);
    const password = generatePassword();
    await addUser(db, { username: w.username, displayName: w.name, role: w.role, teams: w.teams, passwordHash: await hashPassword(password) });
    out.push({ username: w.username, role: w.role, teams: w.teams, password });
  }
  return out;
}
