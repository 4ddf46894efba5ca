import type { IndexedOperation } from './operation-index.js';

export interface PathMatch {
  operationId: string;
  /** Path parameters, percent-decoded. */
  pathParams: Record<string, string>;
}

// Segment kinds, most specific first: when several templates match a path the one with more
// literal segments wins (`/releases/latest` over `/releases/{release_id}`), then the one whose
// first differing segment is more specific.
const LITERAL = 0;
const PARAMETER = 1;
const MULTI_SEGMENT = 2;

interface CompiledRoute {
  operationId: string;
  method: string;
  regex: RegExp;
  names: string[];
  kinds: number[];
  literals: number;
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compileRoute(operation: IndexedOperation): CompiledRoute {
  const multiSegment = new Set(
    operation.parameters.filter((p) => p.in === 'path' && p.multiSegment).map((p) => p.name),
  );
  const names: string[] = [];
  const kinds: number[] = [];
  const segments = operation.path
    .split('/')
    .slice(1)
    .map((segment) => {
      const parts = segment.split(/(\{[^}]+\})/).filter((part) => part !== '');
      let kind = LITERAL;
      const source = parts
        .map((part) => {
          const name = /^\{([^}]+)\}$/.exec(part)?.[1];
          if (name === undefined) return escapeRegex(part);
          names.push(name);
          const spans = multiSegment.has(name);
          kind = Math.max(kind, spans ? MULTI_SEGMENT : PARAMETER);
          // Lazy, so that a literal later in the segment (`...` of compare) can still match.
          return spans ? '(.+?)' : '([^/]+?)';
        })
        .join('');
      kinds.push(kind);
      return source;
    });
  return {
    operationId: operation.operationId,
    method: operation.method,
    regex: new RegExp(`^/${segments.join('/')}$`),
    names,
    kinds,
    literals: kinds.filter((kind) => kind === LITERAL).length,
  };
}

function moreSpecificFirst(a: CompiledRoute, b: CompiledRoute): number {
  if (a.literals !== b.literals) return b.literals - a.literals;
  for (let i = 0; i < Math.min(a.kinds.length, b.kinds.length); i += 1) {
    const difference = (a.kinds[i] ?? 0) - (b.kinds[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return b.kinds.length - a.kinds.length || (a.operationId < b.operationId ? -1 : 1);
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value; // malformed escapes are left for the parameter's schema to judge
  }
}

export type PathMatcher = (method: string, pathname: string) => PathMatch | undefined;

/**
 * Maps a request (method + path relative to the API root, without query) to the operation that
 * serves it. Parameters are matched on the raw path and decoded afterwards, so `heads%2Ffeature`
 * and `heads/feature` both reach `git/get-ref` with ref `heads/feature`.
 */
export function createPathMatcher(operations: Iterable<IndexedOperation>): PathMatcher {
  const routes = [...operations].map(compileRoute).sort(moreSpecificFirst);
  return (method, pathname) => {
    const upper = method.toUpperCase();
    const path = pathname.split('?')[0] ?? '';
    for (const route of routes) {
      if (route.method !== upper) continue;
      const found = route.regex.exec(path);
      if (!found) continue;
      const pathParams: Record<string, string> = {};
      route.names.forEach((name, i) => {
        pathParams[name] = decode(found[i + 1] ?? '');
      });
      return { operationId: route.operationId, pathParams };
    }
    return undefined;
  };
}
