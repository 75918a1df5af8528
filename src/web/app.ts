import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { requireAccess } from './auth/require-access.js';
import { clientAddress } from './client-address.js';
import { csrf } from './csrf/csrf.js';
import type { WebDeps } from './deps.js';
import type { WebEnv } from './env.js';
import { sendPage } from './render.js';
import { allRoutes } from './routes/index.js';
import { securityHeaders } from './security-headers/security-headers.js';
import { session } from './session/session.js';
import { mountStatic } from './static-files.js';
import { teamScope } from './team-scope/team-scope.js';

/** Uploaded workbooks can be large; every other form is small. */
export const UPLOAD_MAX_BYTES = 200 * 1024 * 1024;
const FORM_MAX_BYTES = 1024 * 1024;

/**
 * The dashboard: security headers on everything; then the session, the user's access (role,
 * teams, the scope of their child-level queries) and the CSRF check; then each route of the
 * route table behind its access level.
 */
export function createApp(deps: WebDeps): Hono<WebEnv> {
  const app = new Hono<WebEnv>();
  app.use('*', securityHeaders({ hsts: deps.baseUrl?.startsWith('https:') ?? false }));
  mountStatic(app);
  app.use('*', clientAddress(deps.config.web.trustProxy));
  const tooLarge = () => {
    throw new HTTPException(413, { message: 'The file or form is too large.' });
  };
  const uploadLimit = bodyLimit({ maxSize: UPLOAD_MAX_BYTES, onError: tooLarge });
  const formLimit = bodyLimit({ maxSize: FORM_MAX_BYTES, onError: tooLarge });
  app.use('*', (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : c.req.path === '/upload' ? uploadLimit(c, next) : formLimit(c, next)));
  app.use('*', session(deps.sessions));
  app.use('*', teamScope(deps.users));
  app.use('*', csrf({ allowedOrigins: deps.baseUrl ? [new URL(deps.baseUrl).origin] : [] }));
  for (const r of allRoutes(deps)) app.on(r.method, r.path, requireAccess(r.access), r.handler);

  app.notFound((c) => sendPage(c, deps.views, { title: 'Page not found', status: 404 }, deps.views.render('error.njk', { heading: 'Page not found', message: 'If you typed the address, check it is correct. If you followed a link to a child, it may have expired: go back to the list and open it again.' }), deps.config.authority ?? null));
  app.onError((err, c) => {
    const status = err instanceof HTTPException ? err.status : 500;
    if (status === 500) {
      process.stderr.write(`csc-scorecard serve: ${loggable(err)}\n`);
    }
    if (c.req.path.startsWith('/api/')) return c.json({ error: status === 500 ? 'internal error' : err.message }, status as 400);
    const heading = status === 401 ? 'Sign in to continue' : status === 403 ? 'You cannot see this page' : status === 404 ? 'Page not found' : status === 413 ? 'Too large' : status === 429 ? 'Too many attempts' : status === 500 ? 'Sorry, there is a problem with the dashboard' : 'There is a problem';
    const message = status === 500 ? 'Try again later. If it keeps happening, tell the team that runs the dashboard.' : err.message;
    return sendPage(c, deps.views, { title: heading, status: status as 400 }, deps.views.render('error.njk', { heading, message, signIn: status === 401 }), deps.config.authority ?? null);
  });
  return app;
}

/**
 * What the server's log may say about an error: its name and first line, with anything quoted
 * taken out. A database error can quote a value it choked on, and a value can be a child's id;
 * the log is read by people who may not see children, so no request, stack or value goes in it.
 */
export function loggable(err: Error): string {
  const line = (err.message.split('\n')[0] ?? '').replace(/'[^']*'|"[^"]*"/g, '…').slice(0, 300);
  return `${err.name}: ${line}`;
}
