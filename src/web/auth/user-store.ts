import type { Database } from '../../store/database.js';
import { UserError } from '../../user-error.js';
import { type Role, isRole } from './roles.js';

/** A dashboard user: a local account (with a password) or one signed in through the identity provider. */
export interface WebUser {
  readonly id: number;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  /** A manager's teams, spelt as in Annex A's Allocated Team; empty for other roles. */
  readonly teams: readonly string[];
  readonly source: 'local' | 'oidc';
  readonly disabled: boolean;
  readonly hasPassword: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

interface UserRow {
  user_id: number;
  username: string;
  display_name: string;
  role: string;
  teams: string;
  password_hash: string | null;
  source: string;
  subject: string | null;
  disabled: boolean;
  created_at: string;
  updated_at: string;
}

const USERNAME_RE = /^[a-z0-9][a-z0-9._@-]{0,99}$/;

/** User names are compared ignoring case: stored lower-cased. */
export function normaliseUsername(name: string): string {
  const n = name.trim().toLowerCase();
  if (!USERNAME_RE.test(n)) throw new UserError(`"${name}" is not a valid user name: use letters, digits and . _ @ - (at most 100)`);
  return n;
}

/** A manager needs teams; other roles have none (they see every team or no child at all). */
export function checkRoleTeams(role: string, teams: readonly string[]): { role: Role; teams: string[] } {
  if (!isRole(role)) throw new UserError(`"${role}" is not a role: use admin, analyst, manager or viewer`);
  const clean = [...new Set(teams.map((t) => t.trim()).filter(Boolean))];
  if (role === 'manager' && clean.length === 0) throw new UserError('a manager needs at least one team (--team "Team name")');
  if (role !== 'manager' && clean.length > 0) throw new UserError(`teams apply to managers only, not to the ${role} role`);
  return { role, teams: clean };
}

function toUser(r: UserRow): WebUser {
  return {
    id: r.user_id,
    username: r.username,
    displayName: r.display_name,
    role: isRole(r.role) ? r.role : 'viewer',
    teams: JSON.parse(r.teams) as string[],
    source: r.source === 'oidc' ? 'oidc' : 'local',
    disabled: r.disabled,
    hasPassword: r.password_hash !== null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function listUsers(db: Database): Promise<WebUser[]> {
  return (await db.all<UserRow>('SELECT * FROM web_users ORDER BY username')).map(toUser);
}

export async function userById(db: Database, id: number): Promise<WebUser | null> {
  const r = (await db.all<UserRow>('SELECT * FROM web_users WHERE user_id = $1', [id]))[0];
  return r ? toUser(r) : null;
}

/** The user and their password hash, for signing in. */
export async function userForSignIn(db: Database, username: string): Promise<{ user: WebUser; passwordHash: string | null } | null> {
  const r = (await db.all<UserRow>('SELECT * FROM web_users WHERE username = $1', [username.trim().toLowerCase()]))[0];
  return r ? { user: toUser(r), passwordHash: r.password_hash } : null;
}

export async function userBySubject(db: Database, subject: string): Promise<WebUser | null> {
  const r = (await db.all<UserRow>("SELECT * FROM web_users WHERE source = 'oidc' AND subject = $1", [subject]))[0];
  return r ? toUser(r) : null;
}

export interface NewUser {
  readonly username: string;
  readonly displayName?: string;
  readonly role: string;
  readonly teams?: readonly string[];
  /** The argon2id hash (local accounts); null for identity-provider accounts. */
  readonly passwordHash: string | null;
  readonly source?: 'local' | 'oidc';
  readonly subject?: string;
}

/** Adds a user; a name already taken is refused. Run writes one at a time (see Serial). */
export async function addUser(db: Database, u: NewUser, now = new Date()): Promise<WebUser> {
  const username = normaliseUsername(u.username);
  const { role, teams } = checkRoleTeams(u.role, u.teams ?? []);
  if (await userForSignIn(db, username)) throw new UserError(`there is already a user called ${username}`);
  const next = (await db.all<{ n: number | null }>('SELECT max(user_id) AS n FROM web_users'))[0]?.n ?? 0;
  const at = now.toISOString();
  await db.run(
    `INSERT INTO web_users (user_id, username, display_name, role, teams, password_hash, source, subject, disabled, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, false, $9, $9)`,
    [next + 1, username, u.displayName?.trim() || username, role, JSON.stringify(teams), u.passwordHash, u.source ?? 'local', u.subject ?? null, at],
  );
  return (await userById(db, next + 1)) as WebUser;
}

export interface UserChanges {
  readonly role?: string;
  readonly teams?: readonly string[];
  readonly displayName?: string;
  readonly disabled?: boolean;
  readonly passwordHash?: string;
}

export async function updateUser(db: Database, username: string, changes: UserChanges, now = new Date()): Promise<WebUser> {
  const found = await userForSignIn(db, username);
  if (!found) throw new UserError(`there is no user called ${username.trim().toLowerCase()}`);
  const { user } = found;
  const roleTeams =
    changes.role !== undefined || changes.teams !== undefined
      ? checkRoleTeams(changes.role ?? user.role, changes.teams ?? (changes.role && changes.role !== 'manager' ? [] : user.teams))
      : { role: user.role, teams: [...user.teams] };
  await db.run(
    `UPDATE web_users SET role = $2, teams = $3, display_name = $4, disabled = $5, password_hash = $6, updated_at = $7 WHERE user_id = $1`,
    [
      user.id,
      roleTeams.role,
      JSON.stringify(roleTeams.teams),
      changes.displayName?.trim() || user.displayName,
      changes.disabled ?? user.disabled,
      changes.passwordHash ?? found.passwordHash,
      now.toISOString(),
    ],
  );
  // A change of role, teams, password or status ends the user's sessions: they sign in again
  // and get exactly what the new settings allow.
  await db.run('DELETE FROM web_sessions WHERE user_id = $1', [user.id]);
  return (await userById(db, user.id)) as WebUser;
}

export async function removeUser(db: Database, username: string): Promise<WebUser> {
  const found = await userForSignIn(db, username);
  if (!found) throw new UserError(`there is no user called ${username.trim().toLowerCase()}`);
  await db.run('DELETE FROM web_sessions WHERE user_id = $1', [found.user.id]);
  await db.run('DELETE FROM web_users WHERE user_id = $1', [found.user.id]);
  return found.user;
}
