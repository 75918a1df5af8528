import { HTTPException } from 'hono/http-exception';
import type { Context } from 'hono';
import { OidcError } from '../auth/oidc.js';
import { spendVerifyTime, verifyPassword } from '../auth/passwords.js';
import { addUser, updateUser, userBySubject, userForSignIn } from '../auth/user-store.js';
import type { WebDeps } from '../deps.js';
import type { WebEnv } from '../env.js';
import { renderContent, sendPage } from '../render.js';
import { rateLimit } from '../rate-limit/rate-limit.js';
import { clearSessionCookie, ensureSession, setSessionCookie } from '../session/session.js';
import { authorityOf, formOf, safeReturn } from './common.js';
import type { RouteSpec } from './route.js';

function signInPage(deps: WebDeps, c: Context<WebEnv>, model: { next: string; username?: string; error?: string }, status: 200 | 400 | 429 = 200): Response {
  const session = ensureSession(c, deps.sessions);
  const content = renderContent(deps.views, 'sign-in.njk', { ...model, csrfToken: session.csrfToken, oidcLabel: deps.oidc?.label ?? null });
  return sendPage(c, deps.views, { title: model.error ? 'Error: Sign in' : 'Sign in', status }, content, authorityOf(deps));
}

function redirectUri(deps: WebDeps, c: Context<WebEnv>): string {
  const base = deps.baseUrl ?? new URL(c.req.url).origin;
  return new URL('/sign-in/oidc/callback', base).href;
}

export function signInRoutes(deps: WebDeps): RouteSpec[] {
  const limitByClient = rateLimit(deps.signInLimits.attemptsByClient, (c) => `client:${c.get('client')()}`);
  return [
    {
      method: 'GET',
      path: '/sign-in',
      access: 'public',
      childLevel: false,
      handler: (c) => {
        if (c.get('access')) return c.redirect(safeReturn(c.req.query('next')), 303);
        return signInPage(deps, c, { next: safeReturn(c.req.query('next')) });
      },
    },
    {
      method: 'POST',
      path: '/sign-in',
      access: 'public',
      childLevel: false,
      handler: async (c) => {
        const limited = await limitByClient(c, async () => undefined);
        if (limited) return limited;
        const form = await formOf(c);
        const next = safeReturn(form.next);
        const username = (form.username ?? '').trim().toLowerCase().slice(0, 100);
        const password = (form.password ?? '').slice(0, 1024);
        if (!username || !password) return signInPage(deps, c, { next, username, error: 'Enter your user name and password' }, 400);
        const { failuresByUser, failuresByClient } = deps.signInLimits;
        const userKey = `user:${username}`;
        const clientKey = `client:${c.get('client')()}`;
        const wait = Math.max(failuresByUser.retryAfter(userKey), failuresByClient.retryAfter(clientKey));
        if (wait > 0) {
          c.header('Retry-After', String(wait));
          return signInPage(deps, c, { next, username, error: `Too many failed attempts. Try again in ${Math.ceil(wait / 60)} minute(s).` }, 429);
        }
        const found = await userForSignIn(deps.data.db, username);
        const ok = found?.passwordHash && !found.user.disabled ? await verifyPassword(found.passwordHash, password) : await spendVerifyTime(password);
        if (!ok || !found) {
          failuresByUser.hit(userKey);
          failuresByClient.hit(clientKey);
          // The same words whether the name or the password was wrong.
          return signInPage(deps, c, { next, username, error: 'The user name or password is not right' }, 400);
        }
        failuresByUser.reset(userKey);
        const s = await deps.sessions.signIn(c.get('session'), found.user.id);
        setSessionCookie(c, s);
        return c.redirect(next, 303);
      },
    },
    {
      method: 'POST',
      path: '/sign-out',
      access: 'public',
      childLevel: false,
      handler: async (c) => {
        const s = c.get('session');
        if (s) await deps.sessions.destroy(s);
        clearSessionCookie(c);
        return c.redirect('/sign-in', 303);
      },
    },
    {
      method: 'GET',
      path: '/sign-in/oidc',
      access: 'public',
      childLevel: false,
      handler: async (c) => {
        if (!deps.oidc) throw new HTTPException(404, { message: 'Signing in with an identity provider is not set up.' });
        const limited = await limitByClient(c, async () => undefined);
        if (limited) return limited;
        const url = await deps.oidc.start(redirectUri(deps, c), safeReturn(c.req.query('next')));
        return c.redirect(url.href, 303);
      },
    },
    {
      method: 'GET',
      path: '/sign-in/oidc/callback',
      access: 'public',
      childLevel: false,
      handler: async (c) => {
        if (!deps.oidc) throw new HTTPException(404, { message: 'Signing in with an identity provider is not set up.' });
        let who;
        try {
          who = await deps.oidc.finish(new URL(c.req.url), redirectUri(deps, c));
        } catch (e) {
          if (e instanceof OidcError) return signInPage(deps, c, { next: '/scorecard', error: e.message }, 400);
          throw e;
        }
        const user = await deps.writes.run(async (db) => {
          const existing = await userBySubject(db, who.subject);
          if (!existing) {
            const local = await userForSignIn(db, who.username);
            if (local) throw new HTTPException(409, { message: `A local account already uses the name ${who.username}; an administrator must remove it first.` });
            return addUser(db, { username: who.username, displayName: who.displayName, role: who.role, teams: who.teams, passwordHash: null, source: 'oidc', subject: who.subject });
          }
          if (existing.disabled) throw new HTTPException(403, { message: 'This account is disabled.' });
          const same = existing.role === who.role && JSON.stringify([...existing.teams].sort()) === JSON.stringify([...who.teams].sort()) && existing.displayName === who.displayName;
          return same ? existing : updateUser(db, existing.username, { role: who.role, teams: who.teams, displayName: who.displayName });
        });
        deps.users.forget(user.id);
        const s = await deps.sessions.signIn(c.get('session'), user.id);
        setSessionCookie(c, s);
        return c.redirect(safeReturn(who.returnTo), 303);
      },
    },
  ];
}
