import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { UserError } from '../../user-error.js';
import { generatePassword, hashPassword } from '../auth/passwords.js';
import { ROLES, ROLE_WORDS } from '../auth/roles.js';
import { addUser, listUsers, removeUser, updateUser, userForSignIn } from '../auth/user-store.js';
import type { WebDeps } from '../deps.js';
import type { WebEnv } from '../env.js';
import { renderContent, sendPage } from '../render.js';
import { accessOf } from '../team-scope/access.js';
import { authorityOf, formOf, param, latestSource } from './common.js';
import type { RouteSpec } from './route.js';

/** Team names from a text box: one per line (or separated by semicolons). */
function teamsOf(text: string | undefined): string[] {
  return (text ?? '').split(/[\n;]/).map((t) => t.trim()).filter(Boolean);
}

async function page(deps: WebDeps, c: Context<WebEnv>, error: string | null = null): Promise<Response> {
  const asAt = await deps.data.asAtOf(undefined);
  const content = renderContent(deps.views, 'admin-users.njk', {
    users: await listUsers(deps.data.db),
    me: accessOf(c).user.id,
    roles: ROLES.map((r) => ({ value: r, text: ROLE_WORDS[r] })),
    teams: asAt ? await deps.data.teams(asAt) : [],
    error,
    csrfToken: c.get('session')?.csrfToken ?? '',
  });
  return sendPage(c, deps.views, { title: error ? 'Error: Users' : 'Users', nav: 'users', status: error ? 400 : 200, wide: true, source: await latestSource(deps) }, content, authorityOf(deps));
}

/**
 * Users, for admins: add local accounts (with a password generated and shown once), change a
 * role or teams, disable, reset a password, remove. Any change ends the user's sessions. An
 * admin cannot demote, disable or remove themselves, so the dashboard always keeps one.
 */
export function adminUserRoutes(deps: WebDeps): RouteSpec[] {
  const change = async (c: Context<WebEnv>, work: () => Promise<{ id: number; message: string }>): Promise<Response> => {
    let done;
    try {
      done = await work();
    } catch (e) {
      if (e instanceof UserError) return page(deps, c, e.message);
      throw e;
    }
    deps.users.forget(done.id);
    await deps.sessions.destroyUser(done.id);
    const session = c.get('session');
    if (session) session.flash = done.message;
    return c.redirect('/admin/users', 303);
  };
  const notSelf = (c: Context<WebEnv>, username: string) => {
    if (username.toLowerCase() === accessOf(c).user.username) throw new UserError('You cannot change your own role, status or account here: ask another admin.');
  };
  return [
    { method: 'GET', path: '/admin/users', access: 'admin', childLevel: false, handler: (c) => page(deps, c) },
    {
      method: 'POST',
      path: '/admin/users',
      access: 'admin',
      childLevel: false,
      handler: async (c) => {
        const f = await formOf(c);
        return change(c, async () => {
          const password = generatePassword();
          const u = await deps.writes.run(async (db) => addUser(db, { username: f.username ?? '', displayName: f.name, role: f.role ?? '', teams: teamsOf(f.teams), passwordHash: await hashPassword(password) }));
          return { id: u.id, message: `Added ${u.username} (${u.role}). Their password, shown only now: ${password}` };
        });
      },
    },
    {
      method: 'POST',
      path: '/admin/users/:username',
      access: 'admin',
      childLevel: false,
      handler: async (c) => {
        const f = await formOf(c);
        const username = param(c, 'username');
        return change(c, async () => {
          const found = await userForSignIn(deps.data.db, username);
          if (!found) throw new HTTPException(404, { message: 'There is no such user.' });
          const role = f.role ?? found.user.role;
          const disabled = f.disabled === 'yes';
          if (role !== found.user.role || disabled !== found.user.disabled) notSelf(c, username);
          const u = await deps.writes.run((db) => updateUser(db, username, { role, teams: role === 'manager' ? teamsOf(f.teams) : [], displayName: f.name, disabled }));
          return { id: u.id, message: `Saved ${u.username}: ${u.role}${u.teams.length ? ` of ${u.teams.join(', ')}` : ''}${u.disabled ? ', disabled' : ''}. Their sessions have ended.` };
        });
      },
    },
    {
      method: 'POST',
      path: '/admin/users/:username/password',
      access: 'admin',
      childLevel: false,
      handler: async (c) => {
        await formOf(c);
        const username = param(c, 'username');
        return change(c, async () => {
          const password = generatePassword();
          const hash = await hashPassword(password);
          const u = await deps.writes.run((db) => updateUser(db, username, { passwordHash: hash }));
          return { id: u.id, message: `New password for ${u.username}, shown only now: ${password}` };
        });
      },
    },
    {
      method: 'POST',
      path: '/admin/users/:username/remove',
      access: 'admin',
      childLevel: false,
      handler: async (c) => {
        await formOf(c);
        const username = param(c, 'username');
        return change(c, async () => {
          notSelf(c, username);
          const u = await deps.writes.run((db) => removeUser(db, username));
          return { id: u.id, message: `Removed ${u.username}.` };
        });
      },
    },
  ];
}
