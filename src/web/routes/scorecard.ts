import { HTTPException } from 'hono/http-exception';
import { suppressScorecard } from '../../scorecard/suppressed-scorecard.js';
import type { WebDeps } from '../deps.js';
import { scorecardView } from '../pages/scorecard-view.js';
import { prepareContent, renderContent, sendPage } from '../render.js';
import { accessOf } from '../team-scope/access.js';
import { authorityOf, pointOf, qs, sourceOf } from './common.js';
import type { RouteSpec } from './route.js';

/**
 * The scorecard (and, on a page of its own, the figures of its trend lines as tables, the
 * alternative to the sparklines): every measure by theme as at D, for the authority or one team. Its content
 * is the same for everyone of an audience, so it is rendered once per (D, team, audience) and
 * kept until data changes. Viewers see the authority's figures only, suppressed: a single
 * team's small figures, set beside the others, are what secondary suppression protects, and
 * the measure page shows them suppressed together.
 */
export function scorecardRoutes(deps: WebDeps): RouteSpec[] {
  return [
    { method: 'GET', path: '/', access: 'signed-in', childLevel: false, handler: (c) => c.redirect('/scorecard', 303) },
    ...(['scorecard.njk', 'scorecard-trends.njk'] as const).map((template): RouteSpec => ({
      method: 'GET',
      path: template === 'scorecard.njk' ? '/scorecard' : '/scorecard/trends',
      access: 'signed-in',
      childLevel: false,
      handler: async (c) => {
        const a = accessOf(c);
        const { asAt, point } = await pointOf(deps, c);
        const asked = c.req.query('team')?.trim() || null;
        if (asked && a.suppressed) throw new HTTPException(403, { message: 'Figures for single teams are on each measure’s page, with small numbers suppressed.' });
        const teams = await deps.data.teams(asAt);
        const team = asked ? (teams.find((t) => t.toLowerCase() === asked.toLowerCase()) ?? null) : null;
        if (asked && !team) throw new HTTPException(404, { message: `No team called ${asked.slice(0, 80)} has children allocated in this extract.` });
        const audience = a.suppressed ? 'viewer' : 'full';
        const content = await deps.data.cache.get(`page|${template}|${asAt}|${team ?? ''}|${audience}`, async () => {
          const s = await deps.data.scorecard(asAt, team ?? undefined);
          const shown = a.suppressed ? suppressScorecard(s) : s;
          return prepareContent(renderContent(deps.views, template, {
            view: scorecardView(shown, team),
            asAtChoices: await deps.data.asAtChoices(),
            teams,
            canFilterTeam: !a.suppressed,
            suppressed: a.suppressed,
            childLevel: a.childScope !== null,
            trendsQuery: qs({ 'as-at': asAt, team }),
          }), { compress: true });
        });
        const title = `${template === 'scorecard.njk' ? 'Scorecard' : 'Scorecard trend figures'}${team ? `: ${team}` : ''}`;
        return sendPage(c, deps.views, { title, nav: 'scorecard', source: sourceOf(point), wide: true }, content, authorityOf(deps));
      },
    })),
  ];
}
