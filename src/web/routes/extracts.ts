import type { WebDeps } from '../deps.js';
import { renderContent, sendPage } from '../render.js';
import { authorityOf, pointOf, sourceOf } from './common.js';
import type { RouteSpec } from './route.js';

/** What is loaded: each extract with its date, file, rows, findings, and when and by whom it was loaded. */
export function extractRoutes(deps: WebDeps): RouteSpec[] {
  return [
    {
      method: 'GET',
      path: '/extracts',
      access: 'signed-in',
      childLevel: false,
      handler: async (c) => {
        const extracts = [...(await deps.data.extracts())].reverse();
        const latest = extracts.length && (await deps.data.asAtOf(undefined)) ? (await pointOf(deps, c)).point : null;
        const content = renderContent(deps.views, 'extracts.njk', {
          extracts: extracts.map((e) => ({
            ...e,
            rows: Object.values(e.rowCounts).reduce((a, b) => a + b, 0),
            errors: e.findingCounts.error ?? 0,
            warnings: e.findingCounts.warning ?? 0,
          })),
        });
        return sendPage(c, deps.views, { title: 'Extracts', nav: 'extracts', source: latest ? sourceOf(latest) : null, wide: true }, content, authorityOf(deps));
      },
    },
  ];
}
