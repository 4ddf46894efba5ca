import { ApiError, notFound } from '../server/api-error.js';
import type { Route, RouteContext, RouteResult } from '../server/context.js';
import { paginate } from '../server/pagination.js';
import { readCommit, resolveCommitish } from '../git/commitish.js';
import { jobJson, workflowJson, workflowRunJson } from '../json/actions.js';
import type { WorkflowRecord, WorkflowRunRecord } from '../state/records.js';
import { reserveRun } from '../state/reserved-runs.js';
import { runHtmlUrl } from '../state/runs.js';
import {
  findWorkflow,
  parseWorkflow,
  readWorkflowFile,
  syncWorkflows,
  type DispatchInput,
} from '../state/workflow-files.js';
import { dispatchRoutes } from './repository-dispatch.js';
import { actorOf, idParam, invalidRequest, RequestBody } from './request-body.js';

const READ = { scope: 'actions', access: 'read' } as const;
const WRITE = { scope: 'actions', access: 'write' } as const;
const MAX_INPUTS = 25;
const CONCLUSIONS = new Set([
  'action_required',
  'cancelled',
  'failure',
  'neutral',
  'skipped',
  'stale',
  'success',
  'timed_out',
]);

async function workflowOf(ctx: RouteContext): Promise<WorkflowRecord> {
  const workflow = await findWorkflow(ctx.repo, ctx.core, ctx.params.workflow_id ?? '');
  if (workflow === undefined) throw notFound();
  return workflow;
}

function findRun(ctx: RouteContext): WorkflowRunRecord {
  const id = idParam(ctx, 'run_id');
  const run = ctx.repo.runs.find((r) => r.id === id);
  if (run === undefined) throw notFound();
  return run;
}

async function runJson(ctx: RouteContext, run: WorkflowRunRecord) {
  return workflowRunJson(ctx.core.url, ctx.repo, run, await readCommit(ctx.repo, run.headSha));
}

async function listWorkflows(ctx: RouteContext): Promise<RouteResult> {
  const workflows = await syncWorkflows(ctx.repo, ctx.core);
  const page = paginate(workflows, ctx.url);
  return {
    status: 200,
    body: {
      total_count: workflows.length,
      workflows: page.items.map((w) => workflowJson(ctx.core.url, ctx.repo, w)),
    },
    headers: page.link === undefined ? {} : { link: page.link },
  };
}

/** `created` filter: `YYYY-MM-DD`, `>=date`, `<date`, `date..date` (GitHub's search syntax). */
function createdMatcher(expression: string | null): (createdAt: string) => boolean {
  if (expression === null || expression === '') return () => true;
  const range = /^(\S+)\.\.(\S+)$/.exec(expression);
  if (range !== null) {
    const [from, to] = [range[1] ?? '', range[2] ?? ''];
    return (c) => (from === '*' || c >= from) && (to === '*' || c.slice(0, to.length) <= to);
  }
  const cmp = /^(>=|<=|>|<)(.+)$/.exec(expression);
  if (cmp !== null) {
    const value = cmp[2] ?? '';
    const head = (c: string) => c.slice(0, value.length);
    switch (cmp[1]) {
      case '>=':
        return (c) => c >= value;
      case '>':
        return (c) => head(c) > value;
      case '<=':
        return (c) => head(c) <= value;
      default:
        return (c) => head(c) < value;
    }
  }
  return (c) => c.startsWith(expression);
}

async function listRuns(ctx: RouteContext, workflow?: WorkflowRecord): Promise<RouteResult> {
  const q = ctx.url.searchParams;
  const status = q.get('status');
  const created = createdMatcher(q.get('created'));
  const equal = (name: string, value: string | null) => {
    const wanted = q.get(name);
    return wanted === null || wanted === '' || value === wanted;
  };
  const runs = ctx.repo.runs
    .filter(
      (r) =>
        (workflow === undefined || r.workflowId === workflow.id) &&
        equal('branch', r.headBranch) &&
        equal('event', r.event) &&
        equal('head_sha', r.headSha) &&
        equal('actor', r.actor) &&
        equal('check_suite_id', String(r.id * 10)) &&
        (status === null ||
          status === '' ||
          (CONCLUSIONS.has(status) ? r.conclusion === status : r.status === status)) &&
        created(r.createdAt),
    )
    .sort((a, b) => b.id - a.id);
  const page = paginate(runs, ctx.url);
  return {
    status: 200,
    body: {
      total_count: runs.length,
      workflow_runs: await Promise.all(page.items.map((r) => runJson(ctx, r))),
    },
    headers: page.link === undefined ? {} : { link: page.link },
  };
}

function listJobs(ctx: RouteContext): RouteResult {
  const run = findRun(ctx);
  const page = paginate(run.jobs, ctx.url);
  return {
    status: 200,
    body: {
      total_count: run.jobs.length,
      jobs: page.items.map((j) => jobJson(ctx.core.url, ctx.repo, run, j)),
    },
    headers: page.link === undefined ? {} : { link: page.link },
  };
}

/**
 * 202 and a request to the executor; when no executor runs the workflow (none attached), the
 * run is cancelled on the spot, jobs included.
 */
function cancelRun(ctx: RouteContext): RouteResult {
  const run = findRun(ctx);
  if (run.status === 'completed') {
    throw new ApiError(409, 'Cannot cancel a workflow run that is completed.');
  }
  if (!ctx.core.cancelRun(run.id)) {
    const now = ctx.core.now();
    for (const job of run.jobs) {
      if (job.status === 'completed') continue;
      job.status = 'completed';
      job.conclusion = 'cancelled';
      job.completedAt = now;
    }
    run.status = 'completed';
    run.conclusion = 'cancelled';
    run.updatedAt = now;
  }
  return { status: 202, body: {} };
}

/** The inputs a dispatch may carry, checked against the workflow's `workflow_dispatch.inputs`. */
function checkInputs(
  declared: Record<string, DispatchInput>,
  given: Record<string, unknown>,
): Record<string, unknown> {
  if (Object.keys(given).length > MAX_INPUTS) {
    throw invalidRequest(`inputs: too many properties (maximum is ${MAX_INPUTS}).`);
  }
  const unexpected = Object.keys(given).filter((k) => !(k in declared));
  if (unexpected.length > 0) {
    throw new ApiError(422, `Unexpected inputs provided: ${JSON.stringify(unexpected)}`);
  }
  const inputs: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const value = given[name];
    if (value === undefined || value === '') {
      if (spec.required && spec.default === undefined) {
        throw new ApiError(422, `Required input '${name}' not provided`);
      }
      if (spec.default !== undefined) inputs[name] = spec.default;
      else if (value !== undefined) inputs[name] = value;
      continue;
    }
    if (spec.type === 'choice' && !(spec.options ?? []).includes(String(value))) {
      throw new ApiError(
        422,
        `Provided value '${String(value)}' for input '${name}' not in the list of allowed values`,
      );
    }
    if (spec.type === 'boolean' && !['true', 'false'].includes(String(value))) {
      throw new ApiError(
        422,
        `Provided value '${String(value)}' for input '${name}' is not a boolean`,
      );
    }
    if (spec.type === 'number' && (typeof value === 'boolean' || !Number.isFinite(Number(value)))) {
      throw new ApiError(
        422,
        `Provided value '${String(value)}' for input '${name}' is not a number`,
      );
    }
    inputs[name] = value;
  }
  return inputs;
}

async function dispatchWorkflow(ctx: RouteContext): Promise<RouteResult> {
  const workflow = await workflowOf(ctx);
  const body = RequestBody.of(ctx, 'WorkflowDispatch');
  const refName = body.string('ref');
  if (refName === undefined || refName === '') throw invalidRequest('"ref" wasn\'t supplied.');
  const resolved = await resolveCommitish(ctx.repo, ctx.core.faults, refName);
  // A branch or a tag; GitHub does not dispatch on bare commit shas.
  if (resolved === undefined || resolved.ref === undefined) {
    throw new ApiError(422, `No ref found for: ${refName}`);
  }
  const text = await readWorkflowFile(ctx.repo, resolved.sha, workflow.path);
  const declared = text === undefined ? undefined : parseWorkflow(text).dispatchInputs;
  if (declared === undefined) {
    throw new ApiError(422, "Workflow does not have 'workflow_dispatch' trigger");
  }
  const inputs = checkInputs(declared, body.object('inputs') ?? {});
  const actor = actorOf(ctx);
  ctx.repo.dispatches.push({
    kind: 'workflow_dispatch',
    workflowPath: workflow.path,
    ref: resolved.ref,
    inputs,
    actor,
    at: ctx.core.now(),
  });
  // Reserved before the event goes out, so the executor's createRun finds and adopts it.
  const run =
    body.boolean('return_run_details') === true
      ? reserveRun(ctx.repo, ctx.core, {
          workflowPath: workflow.path,
          name: workflow.name,
          event: 'workflow_dispatch',
          headBranch: resolved.ref.replace(/^refs\/(heads|tags)\//, ''),
          headSha: resolved.sha,
          actor,
        })
      : undefined;
  // Unlike other events, a dispatch made with GITHUB_TOKEN does start a run.
  ctx.core.emit({
    kind: 'workflow_dispatch',
    repository: ctx.repo.fullName,
    workflowPath: workflow.path,
    ref: resolved.ref,
    inputs,
    actor,
  });
  if (run === undefined) return { status: 204 };
  return {
    status: 200,
    body: {
      workflow_run_id: run.id,
      run_url: `${ctx.core.url}/repos/${ctx.repo.fullName}/actions/runs/${run.id}`,
      html_url: runHtmlUrl(ctx.core.url, ctx.repo, run.id),
    },
  };
}

export const actionsRoutes: Route[] = [
  {
    operationId: 'actions/list-repo-workflows',
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/workflows',
    permission: READ,
    handle: listWorkflows,
  },
  {
    operationId: 'actions/get-workflow',
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}',
    permission: READ,
    handle: async (ctx) => ({
      status: 200,
      body: workflowJson(ctx.core.url, ctx.repo, await workflowOf(ctx)),
    }),
  },
  {
    operationId: 'actions/create-workflow-dispatch',
    method: 'POST',
    path: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
    permission: WRITE,
    handle: dispatchWorkflow,
  },
  {
    operationId: 'actions/list-workflow-runs',
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
    permission: READ,
    handle: async (ctx) => listRuns(ctx, await workflowOf(ctx)),
  },
  {
    operationId: 'actions/list-workflow-runs-for-repo',
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/runs',
    permission: READ,
    handle: (ctx) => listRuns(ctx),
  },
  {
    operationId: 'actions/get-workflow-run',
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/runs/{run_id}',
    permission: READ,
    handle: async (ctx) => ({ status: 200, body: await runJson(ctx, findRun(ctx)) }),
  },
  {
    operationId: 'actions/list-jobs-for-workflow-run',
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
    permission: READ,
    handle: listJobs,
  },
  {
    operationId: 'actions/cancel-workflow-run',
    method: 'POST',
    path: '/repos/{owner}/{repo}/actions/runs/{run_id}/cancel',
    permission: WRITE,
    handle: cancelRun,
  },
  ...dispatchRoutes,
];
