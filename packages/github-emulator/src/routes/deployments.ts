import type { Route } from '../server/context.js';

export const deploymentRoutes: Route[] = [];
