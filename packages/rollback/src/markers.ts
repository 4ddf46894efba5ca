// Hidden HTML comments that let a re-run find what an earlier run wrote (the incident, each of
// its comments) instead of writing it twice. Values are URI-encoded, so no `-->` can end one early.

const marker = (kind: string, fields: Record<string, string | number>): string =>
  `<!-- flowship:${kind} ${Object.entries(fields)
    .map(([name, value]) => `${name}=${encodeURIComponent(String(value))}`)
    .join(' ')} -->`;

/** In the incident's body: the environment and the deployment whose failure opened it. */
export const incidentMarker = (environment: string, deploymentId: number): string =>
  marker('incident', { environment, deployment: deploymentId });

/** In the comment saying what happened after deployment `deploymentId` failed. */
export const updateMarker = (deploymentId: number): string =>
  marker('incident-update', { deployment: deploymentId });

/** In the resolution comment: the deployment that restored the environment. */
export const resolvedMarker = (deploymentId: number): string =>
  marker('resolved', { deployment: deploymentId });

/** The deployment id of an incident body's marker for `environment`, if it has one. */
export function incidentDeployment(body: string | null, environment: string): number | undefined {
  const prefix = `<!-- flowship:incident environment=${encodeURIComponent(environment)} deployment=`;
  const start = body?.indexOf(prefix) ?? -1;
  if (body === null || start < 0) return undefined;
  const match = /^(\d+) -->/.exec(body.slice(start + prefix.length));
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
