import type { WebDeps } from '../deps.js';
import { adminAuditRoutes } from './admin-audit.js';
import { adminConfigRoutes } from './admin-config.js';
import { adminUserRoutes } from './admin-users.js';
import { apiRoutes } from './api.js';
import { caseloadRoutes } from './caseloads.js';
import { childRoutes } from './child.js';
import { drillRoutes } from './drill.js';
import { extractRoutes } from './extracts.js';
import { measureRoutes } from './measure.js';
import { qualityRoutes } from './quality.js';
import type { RouteSpec } from './route.js';
import { scorecardRoutes } from './scorecard.js';
import { signInRoutes } from './sign-in.js';
import { statusRoutes } from './status.js';
import { uploadRoutes } from './upload.js';

/** Every route of the dashboard, in one table: registered by the app, enumerated by the tests. */
export function allRoutes(deps: WebDeps): RouteSpec[] {
  return [
    ...signInRoutes(deps),
    ...scorecardRoutes(deps),
    ...measureRoutes(deps),
    ...drillRoutes(deps),
    ...childRoutes(deps),
    ...qualityRoutes(deps),
    ...caseloadRoutes(deps),
    ...extractRoutes(deps),
    ...uploadRoutes(deps),
    ...statusRoutes(deps),
    ...adminUserRoutes(deps),
    ...adminAuditRoutes(deps),
    ...adminConfigRoutes(deps),
    ...apiRoutes(deps),
  ];
}
