// Closing an incident once the redeploy restored the environment: a comment with the time to
// restore, the issue closed as completed, incident.resolved. Idempotent: a closed incident is
// left alone, and a comment an earlier run posted is found by its marker.
import type { CDEvent } from '@flowship/cdevents';
import { FlowshipError } from '@flowship/errors';
import type { Deployment, Issue } from '@flowship/github';
import { requireEnvironment } from './environment.js';
import { incidentResolved } from './events.js';
import { findIncident } from './incident-lookup.js';
import { resolutionComment, timeToRestoreMs, type RepositoryLinks } from './incident-text.js';
import { failureTime, isFailedState } from './load-decision.js';
import { incidentDeployment, resolvedMarker } from './markers.js';
import { deploymentFacts, type DeploymentFacts } from './payload.js';
import type { RollbackDeps } from './ports.js';

export interface ResolveSettings {
  links: RepositoryLinks;
  environment: string;
  /** The incident's issue number; default: the incident of `rollbackOf`. */
  incident?: number | undefined;
  /** The failed deployment the redeploy restores from. */
  rollbackOf?: number | undefined;
  /** The successful redeploy; default: the newest deployment restoring from `rollbackOf`. */
  deploymentId?: number | undefined;
  incidentLabel: string;
  dryRun: boolean;
}

export interface ResolveOutcome {
  dryRun: boolean;
  environment: string;
  incident: { number: number; url: string };
  /** The incident was closed before this run: nothing was done. */
  alreadyClosed: boolean;
  restored: DeploymentFacts | undefined;
  restoredAt: string | undefined;
  failedAt: string | undefined;
  timeToRestoreMs: number | undefined;
  reason: string;
  events: CDEvent[];
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

async function incidentOf(
  settings: ResolveSettings,
  deps: Pick<RollbackDeps, 'issues' | 'deployments'>,
  environment: string,
): Promise<Issue> {
  const { links } = settings;
  if (settings.incident !== undefined) {
    const issue = await deps.issues.get(settings.incident);
    if (issue !== undefined) return issue;
    throw new FlowshipError('FLOWSHIP_ACTION_INPUT', {
      input: 'incident',
      problem: `is ${settings.incident}, which is not an issue of ${links.owner}/${links.repo}`,
    });
  }
  if (settings.rollbackOf === undefined) {
    throw new FlowshipError('FLOWSHIP_ACTION_INPUT', {
      input: 'incident',
      problem: 'is empty and so is `rollback-of`: resolve needs one of them to find the incident',
    });
  }
  const byMarker = await findIncident(deps.issues, {
    label: settings.incidentLabel,
    environment,
    deploymentId: settings.rollbackOf,
  });
  if (byMarker !== undefined) return byMarker;
  // A failed rollback redeploy carries the incident it was made for.
  const failed = await deps.deployments.get(settings.rollbackOf);
  const number = failed === undefined ? undefined : deploymentFacts(failed).incident;
  const carried = number === undefined ? undefined : await deps.issues.get(number);
  if (carried !== undefined) return carried;
  throw new FlowshipError('FLOWSHIP_ACTION_INPUT', {
    input: 'rollback-of',
    problem: `is ${settings.rollbackOf}, but no issue labelled "${settings.incidentLabel}" is the incident of that deployment in ${environment}`,
  });
}

async function redeployOf(
  settings: ResolveSettings,
  deps: Pick<RollbackDeps, 'deployments'>,
  environment: string,
  restoresFrom: number | undefined,
): Promise<Deployment> {
  if (settings.deploymentId !== undefined) {
    const found = await deps.deployments.get(settings.deploymentId);
    if (found === undefined) {
      throw new FlowshipError('FLOWSHIP_ACTION_INPUT', {
        input: 'deployment-id',
        problem: `is ${settings.deploymentId}, which is not a deployment of this repository`,
      });
    }
    if (!sameName(found.environment, environment)) {
      throw new FlowshipError('FLOWSHIP_ROLLBACK', {
        environment,
        detail: `deployment ${found.id} went to ${found.environment}, not ${environment}`,
        fix: 'Pass the environment of the redeploy as `environment`.',
      });
    }
    return found;
  }
  const listed = await deps.deployments.list({ environment });
  const redeploy = listed.find(
    (d) => restoresFrom !== undefined && deploymentFacts(d).rollbackOf === restoresFrom,
  );
  if (redeploy !== undefined) return redeploy;
  throw new FlowshipError('FLOWSHIP_ACTION_INPUT', {
    input: 'deployment-id',
    problem: `is empty, and no deployment of ${environment} restores from deployment ${restoresFrom ?? '(unknown)'}`,
  });
}

export async function resolveIncident(
  settings: ResolveSettings,
  deps: RollbackDeps,
): Promise<ResolveOutcome> {
  const environment = await requireEnvironment(settings.environment, deps.environments);
  const issue = await incidentOf(settings, deps, environment);
  const incident = { number: issue.number, url: issue.htmlUrl };
  const base = { dryRun: settings.dryRun, environment, incident, events: [] as CDEvent[] };
  if (issue.state === 'closed') {
    deps.log(`Incident #${issue.number} is closed already: nothing to do.`);
    return {
      ...base,
      alreadyClosed: true,
      restored: undefined,
      restoredAt: undefined,
      failedAt: undefined,
      timeToRestoreMs: undefined,
      reason: `incident #${issue.number} was closed already`,
    };
  }
  const failedId = incidentDeployment(issue.body, environment) ?? settings.rollbackOf;
  const redeploy = await redeployOf(settings, deps, environment, settings.rollbackOf ?? failedId);
  const restored = deploymentFacts(redeploy);
  const redeployStatuses = await deps.deployments.statuses(redeploy.id);
  if (isFailedState(redeployStatuses[0])) {
    throw new FlowshipError('FLOWSHIP_ROLLBACK', {
      environment,
      detail: `the redeploy, deployment ${redeploy.id}, is ${redeployStatuses[0]?.state}: the environment is not restored`,
      fix: 'Resolve the incident only after the redeploy succeeded and verified.',
    });
  }
  const failedStatuses = failedId === undefined ? [] : await deps.deployments.statuses(failedId);
  const failedAt = failureTime(failedStatuses) ?? issue.createdAt;
  const restoredAt =
    redeployStatuses.findLast((s) => s.state === 'success')?.createdAt ?? deps.now().toISOString();
  const resolution = { restored, restoredAt, failedAt, failedId: failedId ?? restored.id };
  const elapsed = timeToRestoreMs(resolution);
  const event = incidentResolved({
    links: settings.links,
    environment,
    incident,
    deployment: restored,
    description: `${restored.version} restored in ${environment} (deployment ${restored.id})`,
    at: new Date(restoredAt),
  });
  const outcome: ResolveOutcome = {
    ...base,
    alreadyClosed: false,
    restored,
    restoredAt,
    failedAt,
    timeToRestoreMs: elapsed,
    reason: `restored ${restored.version} (deployment ${restored.id}) ${elapsed} ms after the failure`,
    events: settings.dryRun ? [] : [event],
  };
  if (settings.dryRun) return outcome;

  const marker = resolvedMarker(restored.id);
  const comments = await deps.issues.comments(issue.number);
  if (!comments.some((comment) => comment.body.includes(marker))) {
    await deps.issues.comment(issue.number, resolutionComment(resolution));
  }
  await deps.issues.update(issue.number, { state: 'closed', stateReason: 'completed' });
  deps.log(`Closed incident #${issue.number}: ${restored.version} restored.`);
  await deps.events?.send(event);
  return outcome;
}
