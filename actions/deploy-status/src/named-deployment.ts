// The deployment a step names by id (the `deployment-id` input, or the id main saved for post).
import { FlowshipError } from '@flowship/errors';
import type { Deployment, Deployments } from '@flowship/github';
import type { CommonSettings } from './inputs.js';

/** Deployment `id` of the repository; when `environment` is given, it must be that one's. */
export async function namedDeployment(
  deployments: Deployments,
  request: { id: number; environment: string | undefined; settings: CommonSettings },
): Promise<Deployment> {
  const { id, environment, settings } = request;
  const deployment = await deployments.get(id);
  if (deployment === undefined) {
    throw new FlowshipError('FLOWSHIP_ACTION_INPUT', {
      input: 'deployment-id',
      problem: `is ${id}, but ${settings.repository.owner}/${settings.repository.repo} has no such deployment: it was deleted, or the id is not deploy-status’s deployment-id output for this repository`,
    });
  }
  if (
    environment !== undefined &&
    environment.toLowerCase() !== deployment.environment.toLowerCase()
  ) {
    throw new FlowshipError('FLOWSHIP_ACTION_INPUT', {
      input: 'environment',
      problem: `is "${environment}", but deployment ${id} is a deployment to "${deployment.environment}"`,
    });
  }
  return deployment;
}
