// Reads what the decision needs: the failed deployment and the environment's history, with the
// statuses of older deployments fetched one at a time only until a target is found.
import { FlowshipError } from '@flowship/errors';
import type { Deployment, DeploymentStatus } from '@flowship/github';
import { deploymentFacts } from './payload.js';
import type { RollbackDeps } from './ports.js';
import { findRollbackTarget, type RollbackDecision } from './select-target.js';

const FAILED_STATES = new Set(['failure', 'error']);

export const isFailedState = (status: DeploymentStatus | undefined): boolean =>
  status !== undefined && FAILED_STATES.has(status.state);

/** When the deployment was first marked failed: its oldest failure or error status. */
export const failureTime = (statuses: readonly DeploymentStatus[]): string | undefined =>
  statuses.findLast((status) => isFailedState(status))?.createdAt;

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export interface LoadedDecision {
  decision: RollbackDecision;
  failed: Deployment;
  /** The failed deployment's statuses, newest first. */
  failedStatuses: DeploymentStatus[];
  /** The environment's deployments read (newest first): later steps look for a redeploy here. */
  listed: Deployment[];
}

/**
 * The deployment given by id (it must belong to the environment), else the newest one of the
 * environment, except that a rollback redeploy still running or succeeded stands for the
 * deployment it restores from (so a re-run after the dispatch finds the same failure).
 */
async function failedDeployment(
  deps: Pick<RollbackDeps, 'deployments'>,
  environment: string,
  id: number | undefined,
  listed: Deployment[],
): Promise<Deployment> {
  if (id !== undefined) {
    const found = listed.find((d) => d.id === id) ?? (await deps.deployments.get(id));
    if (found === undefined) {
      throw new FlowshipError('FLOWSHIP_ROLLBACK', {
        environment,
        detail: `deployment ${id} does not exist`,
        fix: "Pass the id of a deployment of this environment (actions/deploy-status's `deployment-id` output) as `failed-deployment-id`.",
      });
    }
    if (!sameName(found.environment, environment)) {
      throw new FlowshipError('FLOWSHIP_ROLLBACK', {
        environment,
        detail: `deployment ${id} went to ${found.environment}, not ${environment}`,
        fix: 'Pass the environment of the failed deployment as `environment`.',
      });
    }
    return found;
  }
  const newest = listed[0];
  if (newest === undefined) {
    throw new FlowshipError('FLOWSHIP_ROLLBACK', {
      environment,
      detail: 'it has no deployments',
      fix: 'Roll back only an environment flowship (or another tool) has deployed to.',
    });
  }
  const restoredFrom = deploymentFacts(newest).rollbackOf;
  if (restoredFrom === undefined) return newest;
  const [latest] = await deps.deployments.statuses(newest.id);
  if (isFailedState(latest)) return newest;
  return listed.find((d) => d.id === restoredFrom) ?? newest;
}

export async function loadDecision(
  deps: Pick<RollbackDeps, 'deployments'>,
  query: {
    environment: string;
    failedId: number | undefined;
    maxConsecutive: number;
    limit: number;
  },
): Promise<LoadedDecision> {
  const listed = (
    await deps.deployments.list({ environment: query.environment, limit: query.limit })
  ).sort((a, b) => b.id - a.id);
  const failed = await failedDeployment(deps, query.environment, query.failedId, listed);
  const older = listed.filter((d) => d.id < failed.id);
  const statuses = new Map<number, DeploymentStatus[]>();
  const failedStatuses = await deps.deployments.statuses(failed.id);
  statuses.set(failed.id, failedStatuses);
  // Statuses not read yet count as none (not good), so the target found is the newest good one
  // as long as every deployment between it and the failed one has been read: they are, in order.
  for (let next = 0; ; next += 1) {
    const history = [failed, ...older].map((deployment) => ({
      deployment,
      statuses: statuses.get(deployment.id) ?? [],
    }));
    const decision = findRollbackTarget({
      history,
      failedId: failed.id,
      maxConsecutive: query.maxConsecutive,
    });
    const settled = decision.kind === 'rollback' || decision.cause === 'loop-guard';
    const unread = older[next];
    if (settled || unread === undefined) return { decision, failed, failedStatuses, listed };
    statuses.set(unread.id, await deps.deployments.statuses(unread.id));
  }
}
