import type { Route } from '../server/context.js';
import { actionsRoutes } from './actions.js';
import { deploymentRoutes } from './deployments.js';
import { gitDataRoutes } from './git-data.js';
import { issueRoutes } from './issues.js';
import { metaRoutes } from './meta.js';
import { pullRoutes } from './pulls.js';
import { releaseRoutes } from './releases.js';
import { repositoryRoutes } from './repos.js';

/**
 * Every route the emulator serves. Each concern's module exports its routes; the operationIds
 * must exist in packages/github-openapi/operations.json (a test holds them equal).
 */
export function allRoutes(opts: { rateLimitUsed: () => number }): Route[] {
  return [
    ...metaRoutes(opts.rateLimitUsed),
    ...gitDataRoutes,
    ...repositoryRoutes,
    ...pullRoutes,
    ...releaseRoutes,
    ...issueRoutes,
    ...deploymentRoutes,
    ...actionsRoutes,
  ];
}
