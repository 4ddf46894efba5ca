// The deployment figures of the scenario, from what GitHub says (deployments and their statuses)
// and what really happened (the service's own record of each deploy). Pure: no I/O.
import type { ServiceDeploy } from './shop-service.js';

export interface ObservedDeployment {
  id: number;
  version: string;
  /** payload.flowship.rollbackOf: a rollback redeploy. */
  rollbackOf: number | null;
  /** Newest first, as the API lists them. */
  states: string[];
}

export interface DeploymentFigure {
  id: number;
  version: string;
  /** What really happened: the service ran this version healthy (success) or not (failure). */
  outcome: 'success' | 'failure';
  /** What GitHub's API says the deployment concluded with (its last state before `inactive`). */
  finalStatus: string;
  rollbackOf?: number;
}

export interface DeploymentFigures {
  deployments: DeploymentFigure[];
  /** Share of deployments whose final status tells the truth; null without deployments. */
  statusAccuracy: number | null;
  /** Failed deployments of new releases over deployments of new releases (rollbacks aside). */
  changeFailureRate: number | null;
}

export function deploymentFigures(
  observed: readonly ObservedDeployment[],
  serviceDeploys: readonly ServiceDeploy[],
): DeploymentFigures {
  const deployments = [...observed]
    .sort((a, b) => a.id - b.id)
    .map((deployment): DeploymentFigure => {
      // A version that never reached the service (its deploy command failed) did not deploy.
      const ran = serviceDeploys.filter((d) => d.version === deployment.version);
      const outcome = ran.length > 0 && ran.every((d) => d.healthy) ? 'success' : 'failure';
      const finalStatus = deployment.states.find((state) => state !== 'inactive') ?? 'inactive';
      return {
        id: deployment.id,
        version: deployment.version,
        outcome,
        finalStatus,
        ...(deployment.rollbackOf === null ? {} : { rollbackOf: deployment.rollbackOf }),
      };
    });
  const releases = deployments.filter((d) => d.rollbackOf === undefined);
  const truthful = deployments.filter((d) => d.finalStatus === d.outcome).length;
  return {
    deployments,
    statusAccuracy: deployments.length === 0 ? null : truthful / deployments.length,
    changeFailureRate:
      releases.length === 0
        ? null
        : releases.filter((d) => d.outcome === 'failure').length / releases.length,
  };
}
