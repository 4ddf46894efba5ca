import { ApiError, invalidField } from '../server/api-error.js';
import type { Scope } from '../server/auth.js';
import type { RouteContext } from '../server/context.js';

/** GitHub's wording for a body that breaks an endpoint's JSON schema (newer endpoints). */
export const invalidRequest = (detail: string): ApiError =>
  new ApiError(422, `Invalid request.\n\n${detail}`);

/**
 * Typed reads of a JSON request body. A field of the wrong type is GitHub's 422 "Validation
 * Failed" with an `invalid` error for that field of `resource`; an absent field is undefined.
 */
export class RequestBody {
  readonly raw: Record<string, unknown>;

  constructor(
    body: unknown,
    private readonly resource: string,
  ) {
    if (body !== undefined && (body === null || typeof body !== 'object' || Array.isArray(body))) {
      throw invalidField(resource, 'body', 'the request body must be a JSON object');
    }
    this.raw = (body ?? {}) as Record<string, unknown>;
  }

  static of(ctx: RouteContext, resource: string): RequestBody {
    return new RequestBody(ctx.body, resource);
  }

  has(name: string): boolean {
    return this.raw[name] !== undefined;
  }

  string(name: string): string | undefined {
    const value = this.raw[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw invalidField(this.resource, name);
    return value;
  }

  /** A string that may be sent as null (GitHub's "clear this field"). */
  nullableString(name: string): string | null | undefined {
    return this.raw[name] === null ? null : this.string(name);
  }

  boolean(name: string): boolean | undefined {
    const value = this.raw[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean') throw invalidField(this.resource, name);
    return value;
  }

  integer(name: string): number | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      throw invalidField(this.resource, name);
    }
    return value;
  }

  stringArray(name: string): string[] | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
      throw invalidField(this.resource, name);
    }
    return value as string[];
  }

  object(name: string): Record<string, unknown> | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'object' || Array.isArray(value)) throw invalidField(this.resource, name);
    return value as Record<string, unknown>;
  }
}

/** A positive integer path parameter (`release_id`, `issue_number`); anything else is a 404. */
export function idParam(ctx: RouteContext, name: string): number {
  const raw = ctx.params[name] ?? '';
  return /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : -1;
}

/** Whether the caller could push: drafts and other writer-only views depend on it. */
export function canWrite(ctx: RouteContext, scope: 'contents' | 'issues' = 'contents'): boolean {
  const principal = ctx.principal;
  if (principal === undefined) return false;
  return principal.kind === 'user' || principal.permissions[scope] === 'write';
}

/** `login` of the caller of a route that requires authentication. */
export function actorOf(ctx: RouteContext): string {
  return ctx.principal?.login ?? 'anonymous';
}

/** The API URL of the route's repository: `${url}/repos/{owner}/{repo}`. */
export function repoApi(ctx: Pick<RouteContext, 'core' | 'repo'>): string {
  return `${ctx.core.url}/repos/${ctx.repo.fullName}`;
}

/**
 * For endpoints GitHub documents with alternative permissions ("Issues" or "Pull requests"):
 * the route itself asks only for `metadata: read` (authentication and repository coverage).
 */
export function requireAnyScope(
  ctx: RouteContext,
  scopes: readonly Scope[],
  access: 'read' | 'write',
): void {
  const principal = ctx.principal;
  if (principal === undefined) throw new ApiError(401, 'Requires authentication');
  if (principal.kind === 'user') return;
  const ok = scopes.some((scope) => {
    const granted = principal.permissions[scope] ?? 'none';
    return granted === 'write' || (access === 'read' && granted === 'read');
  });
  if (!ok) throw new ApiError(403, 'Resource not accessible by integration');
}
