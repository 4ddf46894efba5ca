// The rollback: plan (every read), then mark the failed deployment, find or open the incident,
// dispatch the redeploy. Each write is preceded by the read that tells whether an earlier run
// made it, so a re-run after any failure converges: one failure status, one incident, one dispatch.
import type { CDEvent } from '@flowship/cdevents';
import { incidentDetected } from './events.js';
import { ensureIncident, lookUpIncident, type IncidentState } from './incident-write.js';
import type { DeploymentFacts } from './payload.js';
import { planRollback, type RollbackPlan, type RollbackSettings } from './plan-rollback.js';
import type { RollbackDeps } from './ports.js';
import { dispatchRedeploy, shortRef, type Dispatch } from './redeploy.js';
import type { RollbackDecision } from './select-target.js';

export type { RollbackSettings } from './plan-rollback.js';

export interface RollbackOutcome {
  dryRun: boolean;
  /** The environment as GitHub names it. */
  environment: string;
  decision: RollbackDecision;
  failed: DeploymentFacts;
  target: DeploymentFacts | undefined;
  /** A redeploy was dispatched (now or by an earlier run); with dryRun: would be. */
  rolledBack: boolean;
  /** The failed deployment got its failure status from this run (with dryRun: would). */
  markedFailed: boolean;
  incident: (IncidentState & { url: string }) | undefined;
  dispatch: Dispatch | undefined;
  /** One line: what happened and why. */
  reason: string;
  /** CDEvents of this run (sent when a sender is wired and this is no dry run). */
  events: CDEvent[];
}

/** The failure status's description: the target first, so GitHub's 140 characters keep it. */
function failureDescription(plan: RollbackPlan): string {
  const { decision, target, why } = plan;
  if (decision.kind === 'stop' || target === undefined) {
    const cause = decision.kind === 'stop' ? decision.cause : 'no-target';
    const stop =
      cause === 'loop-guard'
        ? `Automatic rollback stopped after ${decision.chain.length} in a row`
        : cause === 'not-dispatchable'
          ? 'Automatic rollback not possible (the deploy workflow cannot be dispatched)'
          : 'No earlier good deployment to roll back to';
    return `${stop}: manual action needed; ${why}`;
  }
  return `Rolling back to ${target.version} (deployment ${target.id}): ${why}`;
}

function reasonOf(plan: RollbackPlan): string {
  const { decision, failedFacts: failed, target } = plan;
  if (decision.kind === 'stop' || target === undefined) {
    return decision.kind === 'stop' ? decision.reason : '';
  }
  return (
    `deployment ${failed.id} (${failed.version}) failed: ${plan.why}; ` +
    `rolled back to ${target.version} (deployment ${target.id})`
  );
}

/** Sets `failure` on the failed deployment unless it has it; when it was set (ISO 8601). */
async function markFailed(plan: RollbackPlan, deps: RollbackDeps): Promise<string | undefined> {
  if (plan.alreadyFailed) return plan.facts.failedAt;
  const latest = plan.failedStatuses[0];
  const logUrl = latest?.logUrl || plan.facts.links.runUrl;
  const status = await deps.deployments.createStatus(plan.failedFacts.id, {
    state: 'failure',
    description: failureDescription(plan),
    // GitHub keeps only what each status carries: the URLs are resent.
    ...(latest?.environmentUrl ? { environmentUrl: latest.environmentUrl } : {}),
    ...(logUrl ? { logUrl } : {}),
  });
  deps.log(`Marked deployment ${plan.failedFacts.id} failure.`);
  return status.createdAt;
}

async function detect(
  plan: RollbackPlan,
  deps: RollbackDeps,
  incident: IncidentState,
): Promise<CDEvent[]> {
  // A failed rollback redeploy continues an incident that was detected already.
  if (incident.continued) return [];
  const event = incidentDetected({
    links: plan.facts.links,
    environment: plan.environment,
    incident: { number: incident.issue.number, url: incident.issue.htmlUrl },
    deployment: plan.failedFacts,
    description: `${plan.failedFacts.version} failed in ${plan.environment}: ${plan.why}`,
    at: new Date(plan.facts.failedAt ?? incident.issue.createdAt),
  });
  await deps.events?.send(event);
  return [event];
}

async function redeploy(
  plan: RollbackPlan,
  deps: RollbackDeps,
  incident: IncidentState,
): Promise<Dispatch | undefined> {
  const { target, ref, previous } = plan;
  if (previous !== undefined) {
    deps.log(`The redeploy was dispatched already (${previous.runUrl ?? previous.at}).`);
    return previous;
  }
  if (target === undefined || ref === undefined) return undefined;
  const dispatch = await dispatchRedeploy(deps.workflows, {
    workflow: plan.workflow,
    ref: shortRef(ref),
    target,
    failedId: plan.failedFacts.id,
    incident: incident.issue.number,
    environment: plan.environment,
    now: deps.now,
  });
  deps.log(`Dispatched ${plan.workflow.path} on ${shortRef(ref)} (version ${target.version}).`);
  return dispatch;
}

export async function runRollback(
  settings: RollbackSettings,
  deps: RollbackDeps,
): Promise<RollbackOutcome> {
  const plan = await planRollback(settings, deps);
  const outcome = {
    environment: plan.environment,
    decision: plan.decision,
    failed: plan.failedFacts,
    target: plan.target,
    rolledBack: plan.target !== undefined,
    markedFailed: !plan.alreadyFailed,
    reason: reasonOf(plan),
  };
  const label = settings.incidentLabel;
  if (settings.dryRun) {
    const existing = await lookUpIncident(deps.issues, { label, facts: plan.facts });
    return {
      ...outcome,
      dryRun: true,
      incident:
        existing === undefined
          ? undefined
          : { ...existing, created: false, url: existing.issue.htmlUrl },
      dispatch: plan.previous,
      events: [],
    };
  }
  plan.facts.failedAt = await markFailed(plan, deps);
  const incident = await ensureIncident(deps.issues, { label, facts: plan.facts });
  deps.log(
    `${incident.created ? 'Opened' : 'Found'} incident #${incident.issue.number}: ${incident.issue.htmlUrl}`,
  );
  const events = await detect(plan, deps, incident);
  const dispatch = await redeploy(plan, deps, incident);
  return {
    ...outcome,
    dryRun: false,
    incident: { ...incident, url: incident.issue.htmlUrl },
    dispatch,
    events,
  };
}
