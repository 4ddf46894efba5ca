// main: the deployment of this step, created once per run attempt and job, then in_progress.
// Before creating, the deployments of the environment for the ref are listed and one this run
// attempt's job already made is adopted: a lost answer to the create, or the step run again,
// never makes a second deployment.
import { FlowshipError } from '@flowship/errors';
import {
  buildPayload,
  isAmbiguous,
  madeBy,
  type Deployment,
  type Deployments,
  type DeploymentState,
} from '@flowship/github';
import type { MainSettings } from './inputs.js';
import { namedDeployment } from './named-deployment.js';
import { releaseLabel } from './release-label.js';
import { setStatus } from './set-status.js';
import { FINAL_STATES } from './final-state.js';

const CREATE_ATTEMPTS = 3;

export interface StartedDeployment {
  deployment: Deployment;
  /** How it was found: made now, made earlier in this attempt, or named by `deployment-id`. */
  origin: 'created' | 'adopted' | 'given';
}

type Log = (line: string) => void;

async function ownDeployment(
  deployments: Deployments,
  settings: MainSettings,
): Promise<Deployment | undefined> {
  const listed = await deployments.list({
    environment: settings.environment,
    ref: settings.ref,
    limit: 30,
  });
  return listed.find((deployment) => madeBy(deployment.payload, settings.run));
}

export async function findOrCreateDeployment(
  deployments: Deployments,
  settings: MainSettings,
  log: Log,
): Promise<StartedDeployment> {
  if (settings.deploymentId !== undefined) {
    return {
      deployment: await namedDeployment(deployments, {
        id: settings.deploymentId,
        environment: settings.environment,
        settings,
      }),
      origin: 'given',
    };
  }
  const label = releaseLabel(settings.ref, settings.version);
  for (let attempt = 1; ; attempt += 1) {
    const own = await ownDeployment(deployments, settings);
    if (own !== undefined) {
      log(
        `Deployment ${own.id} of ${own.ref} to ${own.environment} was made earlier by this job; adopting it.`,
      );
      return { deployment: own, origin: 'adopted' };
    }
    try {
      const created = await deployments.create({
        ref: settings.ref,
        environment: settings.environment,
        task: 'deploy',
        description: settings.description ?? `deploy ${label}`,
        payload: buildPayload(settings),
        productionEnvironment: settings.productionEnvironment,
        transientEnvironment: settings.transientEnvironment,
      });
      if ('message' in created) {
        throw new FlowshipError('FLOWSHIP_DEPLOYMENT', {
          ref: settings.ref,
          environment: settings.environment,
          detail: `GitHub answered 202 and created no deployment: ${created.message}`,
          fix: 'GitHub merged the default branch into the ref instead of deploying it (an auto-merge); deploy the tag or commit that was released, then re-run.',
        });
      }
      return { deployment: created, origin: 'created' };
    } catch (error) {
      if (!isAmbiguous(error) || attempt >= CREATE_ATTEMPTS) throw error;
      log(`GitHub's answer to the deployment's creation was lost; checking whether it was made.`);
    }
  }
}

/**
 * Sets the deployment in_progress, unless its latest status already is, or is final (a deployment
 * given by id that another step finished is left as it is). Resolves with the state it has.
 */
export async function markInProgress(
  deployments: Deployments,
  started: StartedDeployment,
  settings: MainSettings,
  log: Log,
): Promise<DeploymentState> {
  const { deployment } = started;
  const latest =
    started.origin === 'created' ? undefined : (await deployments.statuses(deployment.id))[0];
  if (latest !== undefined && latest.state === 'in_progress') return latest.state;
  if (latest !== undefined && FINAL_STATES.includes(latest.state)) {
    log(`Deployment ${deployment.id} is already ${latest.state}; it is left as it is.`);
    return latest.state;
  }
  const label = releaseLabel(deployment.ref, settings.version);
  const status = await setStatus(
    deployments,
    deployment.id,
    {
      state: 'in_progress',
      description: settings.description ?? `deploying ${label}`,
      ...(settings.environmentUrl === undefined ? {} : { environmentUrl: settings.environmentUrl }),
      ...(settings.logUrl === undefined ? {} : { logUrl: settings.logUrl }),
    },
    { latestId: latest?.id, log },
  );
  return status.state;
}
