import type { Route } from '../server/context.js';

export const releaseRoutes: Route[] = [];
