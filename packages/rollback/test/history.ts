// Deployment histories for the pure tests: deployments and their statuses as GitHub lists them.
import type { Deployment, DeploymentState, DeploymentStatus } from '@flowship/github';
import type { HistoryEntry } from '@flowship/rollback';

export interface EntrySpec {
  id: number;
  version: string;
  /** Oldest first, as they were set. */
  states: DeploymentState[];
  environment?: string;
  rollbackOf?: number;
  incident?: number;
}

const at = (id: number, n: number) =>
  new Date(Date.UTC(2025, 0, 1, 10, 0, 0) + id * 60_000 + n * 1000)
    .toISOString()
    .replace('.000', '');

export function entry(spec: EntrySpec): HistoryEntry {
  const flowship: Record<string, unknown> = { runId: 1000 + spec.id };
  if (spec.rollbackOf !== undefined) flowship.rollbackOf = spec.rollbackOf;
  if (spec.incident !== undefined) flowship.incident = spec.incident;
  const deployment: Deployment = {
    id: spec.id,
    sha: spec.version.replace(/\D/g, '').padEnd(40, 'a'),
    ref: `v${spec.version}`,
    task: 'deploy',
    environment: spec.environment ?? 'production',
    description: null,
    payload: { version: spec.version, ref: `v${spec.version}`, flowship },
    productionEnvironment: true,
    transientEnvironment: false,
    creator: 'github-actions[bot]',
    createdAt: at(spec.id, 0),
    url: `https://api.github.com/repos/acme/shop/deployments/${spec.id}`,
    statusesUrl: `https://api.github.com/repos/acme/shop/deployments/${spec.id}/statuses`,
  };
  const statuses: DeploymentStatus[] = spec.states
    .map((state, n) => ({
      id: spec.id * 100 + n,
      state,
      description: '',
      environmentUrl: '',
      logUrl: '',
      createdAt: at(spec.id, n + 1),
    }))
    .reverse();
  return { deployment, statuses };
}

/** Newest first, as listDeployments answers. */
export const history = (...specs: EntrySpec[]): HistoryEntry[] =>
  specs.map(entry).sort((a, b) => b.deployment.id - a.deployment.id);
