import { randomBytes } from 'node:crypto';
import { ApiError } from './api-error.js';

export type PermissionLevel = 'read' | 'write' | 'none';
export type Scope =
  | 'actions'
  | 'administration'
  | 'contents'
  | 'deployments'
  | 'environments'
  | 'issues'
  | 'metadata'
  | 'pull-requests'
  | 'statuses';

/** Scopes as a workflow's `permissions:` names them (`pull-requests`, `id-token`, ...). */
export type Permissions = Partial<Record<string, PermissionLevel>>;

/**
 * Who is calling. A `user` token (a person's PAT) reaches every repository with write access;
 * an `installation` token is a job's GITHUB_TOKEN: one repository, exactly the permissions the
 * job's `permissions:` granted. Events caused by an installation token do not start new workflow
 * runs (GitHub's rule against recursive runs), except workflow_dispatch and repository_dispatch.
 */
export interface Principal {
  kind: 'user' | 'installation';
  login: string;
  /** `owner/name` for installation tokens; undefined = every repository. */
  repository: string | undefined;
  permissions: Permissions;
}

export class TokenStore {
  private readonly tokens = new Map<string, Principal>();

  mintUser(login: string): string {
    return this.add('ghp_', { kind: 'user', login, repository: undefined, permissions: {} });
  }

  mintInstallation(repository: string, permissions: Permissions): string {
    return this.add('ghs_', {
      kind: 'installation',
      login: 'github-actions[bot]',
      repository: repository.toLowerCase(),
      permissions: { ...permissions, metadata: 'read' },
    });
  }

  revoke(token: string): void {
    this.tokens.delete(token);
  }

  /** The caller of an HTTP request, from `Authorization: token|bearer <t>` or Basic auth. */
  authenticate(header: string | undefined): Principal | undefined {
    if (header === undefined || header === '') return undefined;
    const token = tokenFromHeader(header);
    const principal = token === undefined ? undefined : this.tokens.get(token);
    if (principal === undefined) throw new ApiError(401, 'Bad credentials');
    return principal;
  }

  private add(prefix: string, principal: Principal): string {
    const token = prefix + randomBytes(18).toString('base64url');
    this.tokens.set(token, principal);
    return token;
  }
}

function tokenFromHeader(header: string): string | undefined {
  const [scheme = '', value = ''] = header.trim().split(/\s+/, 2);
  switch (scheme.toLowerCase()) {
    case 'token':
    case 'bearer':
      return value;
    case 'basic': {
      // git sends `x-access-token:<token>` (any user name; the password is the token).
      const decoded = Buffer.from(value, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      return colon < 0 ? decoded : decoded.slice(colon + 1);
    }
    default:
      return undefined;
  }
}

const RANK: Record<PermissionLevel, number> = { none: 0, read: 1, write: 2 };

/**
 * Throws GitHub's answer when `principal` may not do `access` on `scope` of `repository`:
 * 401 without credentials, 404 for a repository the token does not cover (GitHub hides private
 * repositories), 403 "Resource not accessible by integration" for a missing permission.
 */
export function authorize(
  principal: Principal | undefined,
  repository: string | undefined,
  need: { scope: Scope; access: 'read' | 'write' } | undefined,
): void {
  if (need === undefined) return;
  if (principal === undefined) throw new ApiError(401, 'Requires authentication');
  if (principal.kind === 'user') return;
  if (repository !== undefined && principal.repository !== repository.toLowerCase()) {
    throw new ApiError(404, 'Not Found');
  }
  const granted = principal.permissions[need.scope] ?? 'none';
  if (RANK[granted] < RANK[need.access]) {
    throw new ApiError(403, 'Resource not accessible by integration');
  }
}
