import { CASELOAD_BANDS } from '../../scorecard/caseloads.js';
import { SUPPRESSED_LABEL, suppressColumn } from '../../scorecard/suppression.js';
import type { WebDeps } from '../deps.js';
import { amountText, countText } from '../pages/figures.js';
import { prepareContent, renderContent, sendPage } from '../render.js';
import { accessOf } from '../team-scope/access.js';
import { authorityOf, pointOf, sourceOf } from './common.js';
import type { RouteSpec } from './route.js';

/**
 * Caseloads by team (and by worker, except for viewers: one worker's caseload is about that
 * worker), Cases30 and posts by type from the workforce census, and the establishment by
 * team. For viewers the children per team are withheld where small, and the mean and range
 * with them (either would give the count away with the number of workers).
 */
export function caseloadRoutes(deps: WebDeps): RouteSpec[] {
  return [
    {
      method: 'GET',
      path: '/caseloads',
      access: 'signed-in',
      childLevel: false,
      handler: async (c) => {
        const a = accessOf(c);
        const { asAt, point } = await pointOf(deps, c);
        const content = await deps.data.cache.get(`page|caseloads|${asAt}|${a.suppressed ? 'viewer' : 'full'}`, async () => {
          const { caseloads, workforce } = await deps.data.caseloads(asAt);
          const hidden = a.suppressed ? suppressColumn(caseloads.teams.map((t) => t.children)) : caseloads.teams.map(() => false);
          const teams = caseloads.teams.map((t, i) => ({
            team: t.team ?? '(no team)',
            workers: countText(t.workers),
            children: hidden[i] ? SUPPRESSED_LABEL : countText(t.children),
            mean: amountText(t.mean, hidden[i]),
            range: hidden[i] ? SUPPRESSED_LABEL : t.min === null ? '–' : `${t.min}–${t.max}`,
            bands: t.distribution.map((n) => countText(n)),
          }));
          const o = caseloads.overall;
          return prepareContent(renderContent(deps.views, 'caseloads.njk', {
            asAt,
            asAtChoices: await deps.data.asAtChoices(),
            bands: CASELOAD_BANDS.map((b) => b.label),
            teams,
            overall: { workers: countText(o.workers), children: countText(o.children, a.suppressed && o.children > 0 && o.children < 5), mean: amountText(o.mean), range: o.min === null ? '–' : `${o.min}–${o.max}`, bands: o.distribution.map((n) => countText(n)) },
            workers: a.suppressed ? null : caseloads.workers.slice(0, 500).map((w) => ({ worker: w.worker, team: w.team ?? '–', children: countText(w.children) })),
            workerCount: caseloads.workers.length,
            workforce,
            suppressed: a.suppressed,
          }), { compress: true });
        });
        return sendPage(c, deps.views, { title: 'Caseloads and workforce', nav: 'caseloads', source: sourceOf(point), wide: true }, content, authorityOf(deps));
      },
    },
  ];
}
