import type { PermissionLevel, Permissions } from './host.js';

/** Every GITHUB_TOKEN scope `permissions:` can name (as of the workflow schema). */
export const PERMISSION_SCOPES = [
  'actions',
  'artifact-metadata',
  'attestations',
  'checks',
  'code-quality',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
] as const;

/** What a `permissions:` key says, before defaults: absent, a shorthand, or per scope. */
export type PermissionsSpec =
  | { kind: 'all'; level: 'read' | 'write' }
  | { kind: 'scopes'; scopes: Record<string, PermissionLevel> };

/**
 * GitHub's "restricted" default for a workflow without `permissions:` (the default of new
 * repositories and organisations): contents and packages read, metadata read.
 */
export const RESTRICTED_DEFAULT: Permissions = {
  contents: 'read',
  packages: 'read',
  metadata: 'read',
};

const RANK: Record<PermissionLevel, number> = { none: 0, read: 1, write: 2 };

/** A spec as the token's exact permissions: every scope present, metadata always readable. */
export function resolvePermissions(spec: PermissionsSpec | undefined): Permissions {
  if (spec === undefined) return { ...RESTRICTED_DEFAULT };
  const result: Permissions = {};
  for (const scope of PERMISSION_SCOPES) {
    if (spec.kind === 'all') {
      // id-token knows only write and none: read-all leaves it out.
      result[scope] = scope === 'id-token' && spec.level === 'read' ? 'none' : spec.level;
    } else {
      result[scope] = spec.scopes[scope] ?? 'none';
    }
  }
  result.metadata = 'read';
  return result;
}

/**
 * The scopes where `requested` asks for more than `allowed` grants, as GitHub reports them for a
 * reusable workflow's job ("is requesting 'contents: write', but is only allowed 'contents: read'").
 */
export function excessPermissions(requested: Permissions, allowed: Permissions): string[] {
  const excess: string[] = [];
  for (const [scope, level] of Object.entries(requested)) {
    if (level === undefined) continue;
    const granted = allowed[scope] ?? 'none';
    if (RANK[level] > RANK[granted]) {
      excess.push(`'${scope}: ${level}', but is only allowed '${scope}: ${granted}'`);
    }
  }
  return excess;
}

/** Only the scopes that grant something, for recording and comparing. */
export function grantedOnly(permissions: Permissions): Permissions {
  return Object.fromEntries(
    Object.entries(permissions).filter(([, level]) => level !== undefined && level !== 'none'),
  );
}
