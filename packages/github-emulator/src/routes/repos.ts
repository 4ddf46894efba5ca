import type { Route } from '../server/context.js';

export const repositoryRoutes: Route[] = [];
