import type { Route } from './context.js';

interface Compiled {
  route: Route;
  regex: RegExp;
  names: string[];
  /** Literal segments count more, so `/releases/latest` beats `/releases/{release_id}`. */
  literals: number;
}

export interface Match {
  route: Route;
  params: Record<string, string>;
}

export class Router {
  private readonly compiled: Compiled[] = [];

  constructor(routes: readonly Route[]) {
    const seen = new Set<string>();
    for (const route of routes) {
      if (seen.has(route.operationId)) throw new Error(`route ${route.operationId} twice`);
      seen.add(route.operationId);
      const names: string[] = [];
      let literals = 0;
      const pattern = route.path
        .split('/')
        .map((segment) =>
          segment.replace(/\{([^}]+)\}|[^{]+/g, (part, name?: string) => {
            if (name === undefined) {
              literals += 1;
              return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            }
            names.push(name);
            return route.greedy?.includes(name) ? '(.+)' : '([^/]+)';
          }),
        )
        .join('/');
      this.compiled.push({ route, regex: new RegExp(`^${pattern}/?$`), names, literals });
    }
    this.compiled.sort((a, b) => b.literals - a.literals);
  }

  routes(): Route[] {
    return this.compiled.map((c) => c.route);
  }

  /** The route for a method and path; `methodMismatch` when the path exists with other methods. */
  match(method: string, pathname: string): Match | { methodMismatch: true } | undefined {
    let pathExists = false;
    for (const { route, regex, names } of this.compiled) {
      const m = regex.exec(pathname);
      if (m === null) continue;
      pathExists = true;
      if (route.method !== method) continue;
      const params: Record<string, string> = {};
      names.forEach((name, i) => {
        params[name] = decodeURIComponent(m[i + 1] ?? '');
      });
      return { route, params };
    }
    return pathExists ? { methodMismatch: true } : undefined;
  }
}
