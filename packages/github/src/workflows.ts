// GitHub Actions workflows of one repository: dispatching one (a rollback redeploy) and finding
// the runs a dispatch started.
import { attempt, attemptRead } from './failures.js';
import { firstItems } from './first-items.js';
import { operation, type RepositoryTarget } from './repository.js';

export interface Workflow {
  id: number;
  name: string;
  /** `.github/workflows/deploy.yml` */
  path: string;
  state: string;
}

export interface WorkflowRun {
  id: number;
  name: string | null;
  workflowId: number;
  /** The workflow file, `.github/workflows/deploy.yml`. */
  path: string;
  event: string;
  status: string | null;
  conclusion: string | null;
  /** The branch or tag the run is on (a tag for a dispatch on a tag). */
  headBranch: string | null;
  headSha: string;
  runAttempt: number;
  createdAt: string;
  htmlUrl: string;
}

export interface DispatchRequest {
  /** A branch or tag; GitHub does not dispatch on a commit SHA. */
  ref: string;
  inputs?: Record<string, string>;
}

/**
 * The run a dispatch started, when GitHub names it (`return_run_details`); a server that does not
 * know the parameter answers 204 and every field is undefined.
 */
export interface DispatchResult {
  runId: number | undefined;
  runUrl: string | undefined;
  htmlUrl: string | undefined;
}

export interface RunQuery {
  event?: string;
  /** Branch or tag name. */
  branch?: string;
  /**
   * GitHub's date filter (`>=2024-05-01T10:00:00Z`, `2024-05-01..2024-05-02`). GitHub's API
   * description types it as a single date-time, so strict validators refuse the range syntax.
   */
  created?: string;
  status?: string;
  /** At most this many (default 100). */
  limit?: number;
}

/** A workflow is named by its numeric id or its file name (`deploy.yml`). */
export type WorkflowId = number | string;

export interface Workflows {
  get(workflow: WorkflowId): Promise<Workflow | undefined>;
  /** `workflow_dispatch` (needs `actions: write`). */
  dispatch(workflow: WorkflowId, request: DispatchRequest): Promise<DispatchResult>;
  /** Newest first. */
  listRuns(workflow: WorkflowId, query?: RunQuery): Promise<WorkflowRun[]>;
  getRun(id: number): Promise<WorkflowRun | undefined>;
}

interface WorkflowData {
  id: number;
  name: string;
  path: string;
  state: string;
}

interface RunData {
  id: number;
  name?: string | null;
  workflow_id: number;
  path: string;
  event: string;
  status: string | null;
  conclusion: string | null;
  head_branch: string | null;
  head_sha: string;
  run_attempt?: number;
  created_at: string;
  html_url: string;
}

interface DispatchData {
  workflow_run_id?: number;
  run_url?: string;
  html_url?: string;
}

const toWorkflow = (data: WorkflowData): Workflow => ({
  id: data.id,
  name: data.name,
  path: data.path,
  state: data.state,
});

const toRun = (data: RunData): WorkflowRun => ({
  id: data.id,
  name: data.name ?? null,
  workflowId: data.workflow_id,
  path: data.path,
  event: data.event,
  status: data.status,
  conclusion: data.conclusion,
  headBranch: data.head_branch,
  headSha: data.head_sha,
  runAttempt: data.run_attempt ?? 1,
  createdAt: data.created_at,
  htmlUrl: data.html_url,
});

export function createWorkflows(target: RepositoryTarget): Workflows {
  const { octokit, owner, repo } = target;
  const op = (what: string, write = false) =>
    operation(target, what, write ? 'actions: write' : 'actions: read');
  return {
    async get(workflow) {
      const data = await attemptRead(
        op(`read the workflow ${workflow}`),
        async () =>
          (await octokit.rest.actions.getWorkflow({ owner, repo, workflow_id: workflow })).data,
      );
      return data === undefined ? undefined : toWorkflow(data as WorkflowData);
    },
    async dispatch(workflow, request) {
      const response = await attempt(
        op(`dispatch the workflow ${workflow} on ${request.ref}`, true),
        () =>
          // `return_run_details` is newer than Octokit's route types: the route is named directly.
          octokit.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
            owner,
            repo,
            workflow_id: workflow,
            ref: request.ref,
            inputs: request.inputs ?? {},
            return_run_details: true,
          }),
      );
      const data = (response.status === 200 ? response.data : {}) as DispatchData;
      return {
        runId: data.workflow_run_id,
        runUrl: data.run_url,
        htmlUrl: data.html_url,
      };
    },
    async listRuns(workflow, query = {}) {
      const limit = query.limit ?? 100;
      const pages = octokit.paginate.iterator(octokit.rest.actions.listWorkflowRuns, {
        owner,
        repo,
        workflow_id: workflow,
        per_page: Math.min(100, limit),
        ...(query.event === undefined ? {} : { event: query.event }),
        ...(query.branch === undefined ? {} : { branch: query.branch }),
        ...(query.created === undefined ? {} : { created: query.created }),
        ...(query.status === undefined
          ? {}
          : { status: query.status as 'completed' | 'in_progress' | 'queued' }),
      });
      return attempt(op(`list the runs of the workflow ${workflow}`), () =>
        firstItems(pages, limit, (data) => toRun(data as RunData)),
      );
    },
    async getRun(id) {
      const data = await attemptRead(
        op(`read workflow run ${id}`),
        async () => (await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: id })).data,
      );
      return data === undefined ? undefined : toRun(data as RunData);
    },
  };
}
