// The redeploy of the target: its ref checked before anything is written, an earlier dispatch
// found instead of repeated, and the workflow_dispatch itself.
import { FlowshipError } from '@flowship/errors';
import type { Deployment, Workflow } from '@flowship/github';
import { deploymentFacts, type DeploymentFacts } from './payload.js';
import type { GitHubPorts } from './ports.js';

export interface Dispatch {
  /** ISO 8601: when this run dispatched, or when the earlier dispatch's run was created. */
  at: string;
  runId: number | undefined;
  runUrl: string | undefined;
  /** Found from an earlier run rather than dispatched now. */
  existing: boolean;
}

/** The inputs of a rollback's dispatch (the deploy workflow declares them). */
export const DISPATCH_INPUTS = ['version', 'rollback-of', 'incident'] as const;

/** Dispatched runs of the workflow on the target's ref looked through, newest first. */
const RUNS_SEARCHED = 20;

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;

/** `v1.1.0` for `v1.1.0`, `refs/tags/v1.1.0` or `refs/heads/v1.1.0`. */
export const shortRef = (ref: string): string => ref.replace(/^refs\/(tags|heads)\//, '');

/**
 * workflow_dispatch runs on a branch or tag only: the target's ref must be one and exist.
 * Returns the full ref name.
 */
export async function requireDispatchableRef(
  refs: GitHubPorts['refs'],
  environment: string,
  target: DeploymentFacts,
): Promise<string> {
  if (SHA.test(target.ref)) {
    throw new FlowshipError('FLOWSHIP_ROLLBACK', {
      environment,
      detail: `deployment ${target.id} (${target.version}) was made from commit ${target.ref}, and workflow_dispatch runs only on a branch or tag`,
      fix: 'Deploy from release tags (actions/deploy-status with the release tag as `ref`), or redeploy that commit by hand.',
    });
  }
  const candidates = target.ref.startsWith('refs/')
    ? [target.ref]
    : [`refs/tags/${target.ref}`, `refs/heads/${target.ref}`];
  for (const name of candidates) {
    const ref = await refs.get(name);
    if (ref !== undefined) return ref.ref;
  }
  throw new FlowshipError('FLOWSHIP_ROLLBACK', {
    environment,
    detail: `the ref ${target.ref} of deployment ${target.id} (${target.version}) no longer exists`,
    fix: 'Restore the tag, or redeploy the last good version by hand.',
  });
}

/**
 * A redeploy already under way for the failed deployment: a deployment restoring from it, or a
 * dispatched run of the workflow on the target's ref created since the failed deployment.
 */
export async function findDispatch(
  workflows: GitHubPorts['workflows'],
  query: {
    workflow: Workflow;
    failed: Deployment;
    target: DeploymentFacts;
    listed: readonly Deployment[];
    runUrl: (runId: number) => string;
  },
): Promise<Dispatch | undefined> {
  const redeploy = query.listed.find((d) => deploymentFacts(d).rollbackOf === query.failed.id);
  if (redeploy !== undefined) {
    const runId = deploymentFacts(redeploy).runId;
    return {
      at: redeploy.createdAt,
      runId,
      runUrl: runId === undefined ? undefined : query.runUrl(runId),
      existing: true,
    };
  }
  // Newest first; filtered here rather than with `created`, whose range syntax GitHub's API
  // description does not allow (it types the parameter as one date-time).
  const since = Date.parse(query.failed.createdAt);
  const runs = await workflows.listRuns(query.workflow.id, {
    event: 'workflow_dispatch',
    branch: shortRef(query.target.ref),
    limit: RUNS_SEARCHED,
  });
  const run = runs.find((r) => Date.parse(r.createdAt) >= since);
  if (run === undefined) return undefined;
  return { at: run.createdAt, runId: run.id, runUrl: run.htmlUrl, existing: true };
}

export async function dispatchRedeploy(
  workflows: GitHubPorts['workflows'],
  request: {
    workflow: Workflow;
    ref: string;
    target: DeploymentFacts;
    failedId: number;
    incident: number;
    environment: string;
    now: () => Date;
  },
): Promise<Dispatch> {
  const inputs: Record<(typeof DISPATCH_INPUTS)[number], string> = {
    version: request.target.version,
    'rollback-of': String(request.failedId),
    incident: String(request.incident),
  };
  try {
    const result = await workflows.dispatch(request.workflow.id, { ref: request.ref, inputs });
    // When GitHub accepted it (the client may have waited its turn to write before sending).
    const at = request.now().toISOString();
    return { at, runId: result.runId, runUrl: result.htmlUrl, existing: false };
  } catch (error) {
    // 422: the workflow at that tag has no workflow_dispatch trigger, or not these inputs (an
    // old release's deploy workflow may predate them). Retrying cannot help; say what can.
    if (!(error instanceof FlowshipError) || error.code !== 'FLOWSHIP_GITHUB_REJECTED') throw error;
    throw new FlowshipError('FLOWSHIP_ROLLBACK', {
      environment: request.environment,
      detail: `GitHub refused to dispatch ${request.workflow.path} on ${request.ref}: ${error.details.detail ?? error.message}`,
      fix: `The workflow at ${request.ref} needs a workflow_dispatch trigger with the inputs ${Object.keys(inputs).join(', ')}; redeploy ${request.target.version} by hand this time.`,
    });
  }
}
