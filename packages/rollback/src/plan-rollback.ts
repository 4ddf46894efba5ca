// Every read of a rollback, before any write: the environment, the workflow, the decision, the
// target's ref, the commits between the releases, a redeploy an earlier run dispatched. Whatever
// refuses the rollback (no such environment, workflow or ref) refuses it here, with nothing changed.
import { FlowshipError } from '@flowship/errors';
import type { Workflow } from '@flowship/github';
import type { VerificationReport } from '@flowship/verify';
import { requireEnvironment } from './environment.js';
import type { IncidentAction, IncidentFacts, RepositoryLinks } from './incident-text.js';
import { failureTime, isFailedState, loadDecision, type LoadedDecision } from './load-decision.js';
import { deploymentFacts, type DeploymentFacts } from './payload.js';
import type { RollbackDeps } from './ports.js';
import { dispatchProblem } from './dispatch-inputs.js';
import {
  DISPATCH_INPUTS,
  findDispatch,
  requireDispatchableRef,
  shortRef,
  type Dispatch,
} from './redeploy.js';
import type { RollbackDecision } from './select-target.js';

export interface RollbackSettings {
  links: RepositoryLinks;
  environment: string;
  /** Default: the newest deployment of the environment. */
  failedDeploymentId?: number | undefined;
  /** The deploy workflow to dispatch: file name (`deploy.yml`) or id. */
  workflow: string;
  /** Automatic rollbacks allowed in a row (≥ 1). */
  maxConsecutive: number;
  verification?: VerificationReport | undefined;
  incidentLabel: string;
  dryRun: boolean;
  /** Deployments of the environment read, newest first. Default 100. */
  historyLimit?: number;
}

export interface RollbackPlan extends LoadedDecision {
  /** The environment as GitHub names it. */
  environment: string;
  workflow: Workflow;
  failedFacts: DeploymentFacts;
  target: DeploymentFacts | undefined;
  /** The full ref (`refs/tags/v1.1.0`) the redeploy is dispatched on. */
  ref: string | undefined;
  /** Why the deployment failed, one line: the verification's reason, or a plain statement. */
  why: string;
  /** The latest status is already failure or error: not marked again. */
  alreadyFailed: boolean;
  /** What the incident says (failedAt is updated once the failure status is set). */
  facts: IncidentFacts;
  /** The redeploy an earlier run dispatched, if any. */
  previous: Dispatch | undefined;
}

const DEFAULT_HISTORY = 100;

/**
 * The decision once the target's redeploy is known to be possible: its ref must be a tag or
 * branch that exists (else an error, nothing changed), and the deploy workflow at that ref must
 * take the dispatch (else a stop: the failure is still marked and the incident opened).
 */
async function dispatchableTarget(
  deps: RollbackDeps,
  query: { environment: string; workflow: Workflow; loaded: LoadedDecision },
): Promise<{ decision: RollbackDecision; ref: string | undefined }> {
  const { decision } = query.loaded;
  if (decision.kind === 'stop') return { decision, ref: undefined };
  const target = deploymentFacts(decision.target.deployment);
  const ref = await requireDispatchableRef(deps.refs, query.environment, target);
  const text = await deps.files.read(query.workflow.path, ref);
  const problem = dispatchProblem(text, DISPATCH_INPUTS);
  if (problem === undefined) return { decision, ref };
  return {
    decision: {
      kind: 'stop',
      cause: 'not-dispatchable',
      reason:
        `automatic rollback to ${target.version} (deployment ${target.id}) is not possible: ` +
        `${query.workflow.path} ${problem} (${shortRef(ref)}); redeploy ${target.version} by hand; ` +
        'manual action needed',
      failed: decision.failed,
      chain: decision.chain,
    },
    ref: undefined,
  };
}

export async function planRollback(
  settings: RollbackSettings,
  deps: RollbackDeps,
): Promise<RollbackPlan> {
  if (!Number.isInteger(settings.maxConsecutive) || settings.maxConsecutive < 1) {
    throw new FlowshipError('FLOWSHIP_ACTION_INPUT', {
      input: 'max-consecutive-rollbacks',
      problem: `is ${settings.maxConsecutive}; it must be a whole number ≥ 1`,
    });
  }
  const { links } = settings;
  const environment = await requireEnvironment(settings.environment, deps.environments);
  const workflow = await deps.workflows.get(settings.workflow);
  if (workflow === undefined) {
    throw new FlowshipError('FLOWSHIP_ACTION_INPUT', {
      input: 'workflow',
      problem: `is "${settings.workflow}", which is not a workflow of ${links.owner}/${links.repo} (give the file name under .github/workflows, e.g. deploy.yml)`,
    });
  }
  const loaded = await loadDecision(deps, {
    environment,
    failedId: settings.failedDeploymentId,
    maxConsecutive: settings.maxConsecutive,
    limit: settings.historyLimit ?? DEFAULT_HISTORY,
  });
  const failedFacts = deploymentFacts(loaded.failed);
  const chosen = await dispatchableTarget(deps, { environment, workflow, loaded });
  const { decision, ref } = chosen;
  const action: IncidentAction =
    decision.kind === 'stop'
      ? { kind: 'stop', reason: decision.reason }
      : { kind: 'rollback', target: deploymentFacts(decision.target.deployment) };
  const target = action.kind === 'rollback' ? action.target : undefined;
  deps.log(`Failed: deployment ${failedFacts.id} (${failedFacts.version}) of ${environment}.`);
  deps.log(
    target === undefined
      ? `Decision: stop: ${action.kind === 'stop' ? action.reason : ''}.`
      : `Decision: roll back to ${target.version} (deployment ${target.id}, ref ${target.ref}).`,
  );

  const commits =
    target === undefined ? undefined : await deps.commits.between(target.sha, failedFacts.sha);
  const previous =
    target === undefined
      ? undefined
      : await findDispatch(deps.workflows, {
          workflow,
          failed: loaded.failed,
          target,
          listed: loaded.listed,
          runUrl: (id) => `${links.serverUrl}/${links.owner}/${links.repo}/actions/runs/${id}`,
        });
  return {
    ...loaded,
    decision,
    environment,
    workflow,
    failedFacts,
    target,
    ref,
    why: settings.verification?.reason.replace(/\s+/g, ' ').trim() || 'the deployment failed',
    alreadyFailed: isFailedState(loaded.failedStatuses[0]),
    facts: {
      links,
      environment,
      failed: failedFacts,
      failedAt: failureTime(loaded.failedStatuses),
      action,
      chain: decision.chain,
      commits,
      verification: settings.verification,
    },
    previous,
  };
}
