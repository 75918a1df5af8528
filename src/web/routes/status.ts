import { listRuns } from '../../jobs/refresh-runs.js';
import type { WebDeps } from '../deps.js';
import { renderContent, sendPage } from '../render.js';
import { accessOf } from '../team-scope/access.js';
import { authorityOf, latestSource } from './common.js';
import type { RouteSpec } from './route.js';

/** The overnight refresh: the last runs, how long each took, each file's outcome and findings; and "run now". */
export function statusRoutes(deps: WebDeps): RouteSpec[] {
  return [
    {
      method: 'GET',
      path: '/status',
      access: 'analyst',
      childLevel: false,
      handler: async (c) => {
        const runs = await listRuns(deps.data.db, 20);
        const content = renderContent(deps.views, 'status.njk', {
          runs,
          last: runs[0] ?? null,
          inbox: deps.refresh.inbox,
          pollSeconds: deps.config.web.inboxPollSeconds,
          csrfToken: c.get('session')?.csrfToken ?? '',
          tagClass: { ok: 'govuk-tag--green', failed: 'govuk-tag--red', partial: 'govuk-tag--yellow', running: 'govuk-tag--yellow', nothing: 'govuk-tag--grey' },
        });
        return sendPage(c, deps.views, { title: 'Refresh status', nav: 'status', wide: true, source: await latestSource(deps) }, content, authorityOf(deps));
      },
    },
    {
      method: 'POST',
      path: '/status/run',
      access: 'analyst',
      childLevel: false,
      handler: async (c) => {
        const a = accessOf(c);
        const run = await deps.refresh.runInbox(`by ${a.user.username}`);
        const session = c.get('session');
        if (session) session.flash = `Refresh run ${run.runId}: ${run.status}, ${run.files.length} file(s).`;
        return c.redirect('/status', 303);
      },
    },
  ];
}
