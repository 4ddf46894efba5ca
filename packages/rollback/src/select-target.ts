// The pure decision of a rollback: which deployment of the environment to restore, or why not.
import type { Deployment, DeploymentStatus } from '@flowship/github';
import { deploymentFacts } from './payload.js';

export interface HistoryEntry {
  deployment: Deployment;
  /** Newest first, as GitHub lists them. */
  statuses: DeploymentStatus[];
}

export interface RollbackQuery {
  /** Deployments of one environment, newest first. Entries of other environments are ignored. */
  history: readonly HistoryEntry[];
  failedId: number;
  /** Automatic rollbacks allowed in a row (≥ 1). */
  maxConsecutive: number;
}

/**
 * Why nothing is dispatched: the loop guard, no good deployment, or (decided after reading the
 * target's workflow file, see plan-rollback.ts) a deploy workflow that cannot take the dispatch.
 */
export type StopCause = 'loop-guard' | 'no-target' | 'not-dispatchable';

export type RollbackDecision =
  | {
      kind: 'rollback';
      failed: HistoryEntry;
      target: HistoryEntry;
      /** The automatic rollbacks in a row ending at the failed deployment (its id first). */
      chain: number[];
    }
  | {
      kind: 'stop';
      cause: StopCause;
      reason: string;
      failed: HistoryEntry;
      chain: number[];
    };

/**
 * Whether a deployment ran well: its latest status is `success`, or it is `inactive` because a
 * later success superseded it while it still was successful (GitHub's auto-inactive).
 */
export function isGood(statuses: readonly DeploymentStatus[]): boolean {
  const latest = statuses[0];
  if (latest === undefined) return false;
  if (latest.state === 'success') return true;
  if (latest.state !== 'inactive') return false;
  return statuses.find((status) => status.state !== 'inactive')?.state === 'success';
}

/**
 * The automatic rollbacks in a row that end at `failedId`: the failed deployment if it is a
 * rollback redeploy (payload flowship.rollbackOf), then the deployment it restored from if that
 * was one too, and so on. Ids newest first; empty when the failed deployment is no rollback.
 */
export function rollbackChain(history: readonly HistoryEntry[], failedId: number): number[] {
  const byId = new Map(history.map((entry) => [entry.deployment.id, entry.deployment]));
  const chain: number[] = [];
  let current = byId.get(failedId);
  while (current !== undefined && !chain.includes(current.id)) {
    const restoredFrom = deploymentFacts(current).rollbackOf;
    if (restoredFrom === undefined) break;
    chain.push(current.id);
    current = byId.get(restoredFrom);
  }
  return chain;
}

const sameEnvironment = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The last good deployment before the failed one: older, good (see isGood), not of a version
 * that failed in this chain, not itself rolled back from. Or a stop: the loop guard (the failed
 * deployment is the `maxConsecutive`-th automatic rollback in a row) or no such deployment.
 */
export function findRollbackTarget(query: RollbackQuery): RollbackDecision {
  const failed = query.history.find((entry) => entry.deployment.id === query.failedId);
  if (failed === undefined) {
    throw new Error(`deployment ${query.failedId} is not in the history it is chosen from`);
  }
  const environment = failed.deployment.environment;
  const history = query.history
    .filter((entry) => sameEnvironment(entry.deployment.environment, environment))
    .sort((a, b) => b.deployment.id - a.deployment.id);
  const chain = rollbackChain(history, failed.deployment.id);
  if (chain.length >= query.maxConsecutive) {
    return {
      kind: 'stop',
      cause: 'loop-guard',
      reason:
        `automatic rollback stopped after ${chain.length}: deployment ${failed.deployment.id} ` +
        `is itself an automatic rollback, and the limit is ${query.maxConsecutive} in a row; ` +
        'manual action needed',
      failed,
      chain,
    };
  }
  // Versions known bad: the failed one and every one this chain of rollbacks restored from.
  const rolledBack = new Set(
    history.map((entry) => deploymentFacts(entry.deployment).rollbackOf).filter((id) => id),
  );
  const badVersions = new Set(
    history
      .filter((entry) => entry === failed || chain.includes(entry.deployment.id))
      .flatMap((entry) => {
        const facts = deploymentFacts(entry.deployment);
        const from = history.find((e) => e.deployment.id === facts.rollbackOf);
        return [facts.version, ...(from ? [deploymentFacts(from.deployment).version] : [])];
      }),
  );
  const target = history.find(
    (entry) =>
      entry.deployment.id < failed.deployment.id &&
      !rolledBack.has(entry.deployment.id) &&
      !badVersions.has(deploymentFacts(entry.deployment).version) &&
      isGood(entry.statuses),
  );
  if (target === undefined) {
    const version = deploymentFacts(failed.deployment).version;
    return {
      kind: 'stop',
      cause: 'no-target',
      reason:
        `no earlier successful deployment of ${environment} other than ${version} to roll back to; ` +
        'manual action needed',
      failed,
      chain,
    };
  }
  return { kind: 'rollback', failed, target, chain };
}
