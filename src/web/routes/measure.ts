import { HTTPException } from 'hono/http-exception';
import { todayIso } from '../../model/dates.js';
import { addCommentary, validateCommentary } from '../../scorecard/commentary.js';
import { suppressScorecard } from '../../scorecard/suppressed-scorecard.js';
import { UserError } from '../../user-error.js';
import type { WebDeps } from '../deps.js';
import { measureView } from '../pages/measure-view.js';
import { prepareContent, renderContent, sendPage } from '../render.js';
import { accessOf, scopeKey } from '../team-scope/access.js';
import { authorityOf, formOf, measureOf, pointOf, qs, sourceOf, param } from './common.js';
import type { RouteSpec } from './route.js';

/**
 * A measure's page: its trend over thirteen months with targets, RAG band and benchmark (and
 * the figures as a table), its breakdown by team and by worker, its commentary, its
 * definition. Aggregates only, so it is cached per audience; a manager's copy differs only in
 * which teams link to children, so it is cached per set of teams.
 */
export function measureRoutes(deps: WebDeps): RouteSpec[] {
  return [
    {
      method: 'GET',
      path: '/measures/:id',
      access: 'signed-in',
      childLevel: false,
      handler: async (c) => {
        const a = accessOf(c);
        const m = measureOf(deps, param(c, 'id'));
        const { asAt, point } = await pointOf(deps, c);
        const teams = await deps.data.teams(asAt);
        const asked = c.req.query('team')?.trim() || null;
        if (asked && a.suppressed) throw new HTTPException(403, { message: 'The figures of each team are in the table by team below, with small numbers suppressed.' });
        const team = asked ? (teams.find((t) => t.toLowerCase() === asked.toLowerCase()) ?? null) : null;
        if (asked && !team) throw new HTTPException(404, { message: `No team called ${asked.slice(0, 80)} has children allocated in this extract.` });
        const audience = a.audience === 'manager' ? `manager:${scopeKey(a.childScope ?? { teams: [] })}` : a.audience;
        const content = await deps.data.cache.get(`page|measure|${m.id}|${asAt}|${team ?? ''}|${audience}`, async () => {
          const s = await deps.data.scorecard(asAt, team ?? undefined);
          const shown = a.suppressed ? suppressScorecard(s) : s;
          const sm = shown.measures.find((x) => x.id === m.id);
          if (!sm) throw new HTTPException(404, { message: 'This measure is not in the scorecard.' });
          const byTeam = await deps.data.breakdown(asAt, m, 'team');
          const byWorker = team && !a.suppressed ? await deps.data.breakdown(asAt, m, 'worker', team) : null;
          const drillTeams = a.childScope === null ? null : a.role === 'manager' ? a.teams : 'all';
          const v = measureView(m, sm, byTeam, byWorker, { config: deps.config, asAt, team, suppressed: a.suppressed, drillTeams });
          return prepareContent(renderContent(deps.views, 'measure.njk', {
            v,
            asAtChoices: await deps.data.asAtChoices(),
            teams,
            canFilterTeam: !a.suppressed,
            suppressed: a.suppressed,
            canComment: a.canComment,
            showDrillColumn: drillTeams !== null,
          }), { compress: true });
        });
        return sendPage(c, deps.views, { title: m.title, nav: 'scorecard', source: sourceOf(point), backLink: { href: `/scorecard${qs({ 'as-at': asAt, team })}`, text: 'Back to the scorecard' } }, content, authorityOf(deps));
      },
    },
    {
      method: 'POST',
      path: '/measures/:id/commentary',
      access: 'analyst',
      childLevel: false,
      handler: async (c) => {
        const a = accessOf(c);
        const m = measureOf(deps, param(c, 'id'));
        const form = await formOf(c);
        let entry;
        try {
          entry = validateCommentary(
            { subject: m.id, month: form.month, areaOfFocus: form.areaOfFocus, response: form.response, update: form.update, author: a.user.displayName, writtenOn: todayIso() },
            'The commentary',
          );
        } catch (e) {
          if (e instanceof UserError) throw new HTTPException(400, { message: `${e.message}. Go back to change it.` });
          throw e;
        }
        await deps.writes.run((db) => addCommentary(db, [entry]));
        // Commentary is part of every cached scorecard and measure page.
        deps.data.invalidate();
        const session = c.get('session');
        if (session) session.flash = 'The commentary was saved.';
        const asAt = /^\d{4}-\d{2}-\d{2}$/.test(form['as-at'] ?? '') ? form['as-at'] : undefined;
        return c.redirect(`/measures/${encodeURIComponent(m.id)}${qs({ 'as-at': asAt })}`, 303);
      },
    },
  ];
}
