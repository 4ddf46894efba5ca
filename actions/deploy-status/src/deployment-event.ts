// The CDEvent of a successful deployment: service.rolledback for a rollback redeploy,
// service.upgraded when an older deployment of the environment once succeeded, else
// service.deployed. Its id is derived from the deployment and the type, so a re-run re-sends
// the same event and sinks can deduplicate.
import {
  CDEVENT_TYPES,
  githubArtifactId,
  serviceDeployedEvent,
  serviceRolledbackEvent,
  serviceUpgradedEvent,
  stableEventId,
  type ServiceCDEvent,
  type ServiceEventOptions,
} from '@flowship/cdevents';
import type { GitHubContext } from '@flowship/action-kit';
import { readPayload, type Deployment, type Deployments } from '@flowship/github';

/** How many older deployments of the environment are searched for an earlier success. */
const HISTORY_LIMIT = 30;

/** Whether an older deployment of the environment ever had a success status. */
async function succeededBefore(deployments: Deployments, deployment: Deployment): Promise<boolean> {
  const older = (
    await deployments.list({ environment: deployment.environment, limit: HISTORY_LIMIT })
  ).filter((d) => d.id < deployment.id);
  for (const candidate of older) {
    const statuses = await deployments.statuses(candidate.id);
    if (statuses.some((status) => status.state === 'success')) return true;
  }
  return false;
}

export async function deploymentEvent(
  deployments: Deployments,
  deployment: Deployment,
  context: GitHubContext & { version: string | undefined },
): Promise<ServiceCDEvent> {
  const { owner, repo } = context.repository;
  const repositoryUrl = `${context.serverUrl}/${owner}/${repo}`;
  const payload = readPayload(deployment.payload);
  const version = payload.version ?? context.version;
  const [type, build] =
    payload.rollbackOf !== undefined
      ? [CDEVENT_TYPES.serviceRolledback, serviceRolledbackEvent]
      : (await succeededBefore(deployments, deployment))
        ? [CDEVENT_TYPES.serviceUpgraded, serviceUpgradedEvent]
        : [CDEVENT_TYPES.serviceDeployed, serviceDeployedEvent];
  const options: ServiceEventOptions = {
    id: stableEventId([String(deployment.id), type]),
    source: context.runUrl ?? repositoryUrl,
    service: `${owner}/${repo}`,
    environment: {
      id: deployment.environment,
      source: `${repositoryUrl}/deployments/${encodeURIComponent(deployment.environment)}`,
    },
    artifactId: githubArtifactId({
      owner,
      repo,
      tag: deployment.ref.replace(/^refs\/(?:tags|heads)\//, ''),
    }),
    customData: {
      deployment: { id: deployment.id, url: deployment.url },
      ref: deployment.ref,
      sha: deployment.sha,
      ...(version === undefined ? {} : { version }),
      ...(payload.rollbackOf === undefined ? {} : { rollbackOf: payload.rollbackOf }),
      ...(payload.incident === undefined ? {} : { incident: payload.incident }),
    },
  };
  return build(options);
}
