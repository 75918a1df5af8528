import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { WebEnv } from '../env.js';
import type { Session, SessionStore } from './session-store.js';

/**
 * The session cookie: Secure (sent only over HTTPS; browsers treat http://localhost as secure,
 * so the demo works), HttpOnly (no script can read it), SameSite=Lax (not sent with another
 * site's form posts or sub-requests, yet still sent when a manager follows a link to the
 * dashboard from an email), with the __Host- prefix (only this host, path /, never a domain).
 * No Max-Age: it ends with the browser, and the server ends it sooner when idle.
 */
export const SESSION_COOKIE = 'csc-session';

export function setSessionCookie(c: Context<WebEnv>, session: Session): void {
  setCookie(c, SESSION_COOKIE, session.token, { path: '/', secure: true, httpOnly: true, sameSite: 'Lax', prefix: 'host' });
}

export function clearSessionCookie(c: Context<WebEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true, httpOnly: true, sameSite: 'Lax', prefix: 'host' });
}

/** Finds the visitor's session from the cookie (null when none or expired). */
export function session(store: SessionStore): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE, 'host');
    const s = await store.get(token);
    if (token && !s) clearSessionCookie(c);
    c.set('session', s);
    await next();
  };
}

/** The visitor's session, starting an anonymous one (and setting its cookie) if there is none. */
export function ensureSession(c: Context<WebEnv>, store: SessionStore): Session {
  const existing = c.get('session');
  if (existing) return existing;
  const s = store.startAnonymous();
  setSessionCookie(c, s);
  c.set('session', s);
  return s;
}
