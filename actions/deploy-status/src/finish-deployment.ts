// post (and explicit mode): the deployment's final state from the job's outcome, unless another
// step already gave it one (actions/verify marking it `failure` with the reason).
import {
  readPayload,
  type Deployment,
  type Deployments,
  type DeploymentState,
  type DeploymentStatus,
} from '@flowship/github';
import { FINAL_STATES, finalDescription, finalState } from './final-state.js';
import type { CommonSettings, JobOutcome } from './inputs.js';
import { namedDeployment } from './named-deployment.js';
import { releaseLabel } from './release-label.js';
import { setStatus } from './set-status.js';

export interface FinishRequest {
  deploymentId: number;
  outcome: JobOutcome;
  settings: CommonSettings;
  /** Explicit mode: the `environment` input, which must name the deployment's environment. */
  environment?: string;
  log: (line: string) => void;
}

export interface FinishedDeployment {
  deployment: Deployment;
  /** The deployment's state now. */
  state: DeploymentState;
  /** The status that holds it: the one written now, or the final one found. */
  status: DeploymentStatus;
  /** False when the deployment already had a final state and was left alone. */
  changed: boolean;
  /** "v1.2.0": what was deployed. */
  label: string;
}

export async function finishDeployment(
  deployments: Deployments,
  request: FinishRequest,
): Promise<FinishedDeployment> {
  const { deploymentId: id, settings, log } = request;
  const deployment = await namedDeployment(deployments, {
    id,
    environment: request.environment,
    settings,
  });
  const label = releaseLabel(
    deployment.ref,
    readPayload(deployment.payload).version ?? settings.version,
  );
  const [latest] = await deployments.statuses(id);
  if (latest !== undefined && FINAL_STATES.includes(latest.state)) {
    const why = latest.description === '' ? '' : ` ("${latest.description}")`;
    log(
      `Deployment ${id} is already ${latest.state}${why}: left as it is (the job's status is ${request.outcome}).`,
    );
    return { deployment, state: latest.state, status: latest, changed: false, label };
  }
  const state = finalState(request.outcome);
  const environmentUrl = settings.environmentUrl ?? latest?.environmentUrl;
  const logUrl = settings.logUrl ?? latest?.logUrl;
  const status = await setStatus(
    deployments,
    id,
    {
      state,
      description: finalDescription(state, label),
      ...(environmentUrl ? { environmentUrl } : {}),
      ...(logUrl ? { logUrl } : {}),
      ...(state === 'success' ? { autoInactive: settings.autoInactive } : {}),
    },
    { latestId: latest?.id, log },
  );
  log(
    `Deployment ${id} of ${label} to ${deployment.environment}: ${state} (${status.description}).`,
  );
  return { deployment, state, status, changed: true, label };
}
