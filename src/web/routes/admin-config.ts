import { OIDC_ENV } from '../../config/web-config.js';
import type { WebDeps } from '../deps.js';
import { renderContent, sendPage } from '../render.js';
import { authorityOf, latestSource } from './common.js';
import type { RouteSpec } from './route.js';

/**
 * The configuration in force, for admins: targets, standards, the inbox, sessions, sign-in and
 * the group mapping. Read only: the file is the one place configuration is changed (it is
 * checked when read, and kept under change control); no secret is ever shown, only whether
 * it is set in the environment.
 */
export function adminConfigRoutes(deps: WebDeps): RouteSpec[] {
  return [
    {
      method: 'GET',
      path: '/admin/config',
      access: 'admin',
      childLevel: false,
      handler: async (c) => {
        const cfg = deps.config;
        const oidc = deps.oidc;
        const content = renderContent(deps.views, 'admin-config.njk', {
          cfg,
          targets: Object.entries(cfg.targets).map(([id, t]) => ({ id, entries: (Array.isArray(t) ? t : [t]).map((e) => `${e.from ? `from ${e.from}: ` : ''}minimum ${e.minimum ?? '–'}, upper ${e.upper ?? '–'}`) })),
          standards: Object.entries(cfg.standards).map(([k, v]) => ({ k, v: typeof v === 'object' ? JSON.stringify(v) : String(v) })),
          inbox: deps.refresh.inbox,
          oidc: oidc ? { issuer: oidc.settings.issuer.href, clientId: oidc.settings.clientId, secretSet: Boolean(oidc.settings.clientSecret), groups: oidc.settings.config.groups } : null,
          secretEnv: OIDC_ENV.clientSecret,
        });
        return sendPage(c, deps.views, { title: 'Configuration', nav: 'config', wide: true, source: await latestSource(deps) }, content, authorityOf(deps));
      },
    },
  ];
}
